package org.l10nwb.core.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.xml.XmlCursor;

/**
 * The entry {@link TbxParse} is reading: the concept, language section and term open at the
 * parser's place, what their data categories say, and the concepts already complete. Each level
 * is made a model record the moment its end tag is read, so only one entry is ever half-built.
 */
final class TbxEntry {
    /** Values up to this length are shared between entries (types, parts of speech, genders, hints). */
    private static final int SHARED_LENGTH = 40;
    /** How many distinct values are shared at most: enough for any pick list, bounded for free text. */
    private static final int SHARED_MAX = 4096;

    private final XmlCursor x;
    final List<Concept> concepts = new ArrayList<>();
    final List<Glossary.Warning> warnings = new ArrayList<>();
    /** Short values seen before, by value: a large glossary repeats a few thousand of them. */
    private final Map<String, String> shared = new HashMap<>();

    // The concept being read; conceptId is null outside one.
    private String conceptId;
    private SourcePosition conceptPos;
    private String subjectField;
    private String conceptDefinition;
    private final List<String> conceptNotes = new ArrayList<>();
    private final List<DataCategory> conceptExtra = new ArrayList<>();
    private final List<LanguageSection> sections = new ArrayList<>();

    // The language section; lang is null outside one.
    private String lang;
    private String langDefinition;
    private final List<String> langNotes = new ArrayList<>();
    private final List<DataCategory> langExtra = new ArrayList<>();
    private final List<Term> terms = new ArrayList<>();

    // The term section.
    private boolean inTerm;
    private boolean emptyTerm;
    private String termText;
    private SourcePosition termPos;
    private TermStatus status;
    private String pos;
    private String gender;
    private String usage;
    private String inflection;
    private final List<String> termNotes = new ArrayList<>();
    private final List<DataCategory> termExtra = new ArrayList<>();
    private final List<String> inflectedForms = new ArrayList<>();

    TbxEntry(XmlCursor x) {
        this.x = x;
    }

    /** The one instance of a short value (or the value itself when long or too many are kept). */
    String share(String value) {
        if (value == null || value.length() > SHARED_LENGTH) {
            return value;
        }
        String known = shared.get(value);
        if (known != null) {
            return known;
        }
        if (shared.size() < SHARED_MAX) {
            shared.put(value, value);
        }
        return value;
    }

    boolean inConcept() {
        return conceptId != null;
    }

    boolean inLanguage() {
        return lang != null;
    }

    void startConcept(String id, SourcePosition at) {
        conceptId = id;
        conceptPos = at;
        subjectField = null;
        conceptDefinition = null;
        conceptNotes.clear();
        conceptExtra.clear();
        sections.clear();
    }

    void endConcept() {
        concepts.add(new Concept(conceptId, subjectField, conceptDefinition, conceptNotes, sections, conceptPos,
                conceptExtra));
        conceptId = null;
    }

    void startLanguage(String language) {
        lang = language;
        langDefinition = null;
        langNotes.clear();
        langExtra.clear();
        terms.clear();
    }

    void endLanguage() {
        sections.add(new LanguageSection(lang, langDefinition, langNotes, terms, langExtra));
        lang = null;
    }

    void startTerm(SourcePosition at) {
        if (lang == null) {
            throw x.error("<" + x.localName() + "> outside a language section");
        }
        if (inTerm) {
            throw x.error("<" + x.localName() + "> inside a term section");
        }
        inTerm = true;
        termText = null;
        termPos = at;
        status = null;
        pos = null;
        gender = null;
        usage = null;
        emptyTerm = false;
        inflection = null;
        termNotes.clear();
        termExtra.clear();
        inflectedForms.clear();
    }

    void endTerm() {
        if (termText == null && emptyTerm) {
            inTerm = false;
            return;
        }
        if (termText == null) {
            throw new WorkbenchException(termPos, "<" + x.localName() + "> has no <term>");
        }
        terms.add(new Term(termText, status == null ? TermStatus.ADMITTED : status, pos, gender, usage, termNotes,
                termPos, termExtra, inflection, inflectedForms));
        inTerm = false;
    }

    /** Refuses a {@code <term>} outside a term section, at its start tag. */
    void requireTerm() {
        if (!inTerm) {
            throw x.error("<term> outside a term section");
        }
    }

    /** The {@code <term>} element's text, cleaned, at {@code at}; an empty one is a warning. */
    void term(String text, SourcePosition at) {
        if (text.isEmpty()) {
            warnings.add(new Glossary.Warning(at, "empty <term>; the term is left out"));
            emptyTerm = true;
            return;
        }
        termText = text;
        termPos = at;
    }

    /** A data category kept as it is, at the level open. */
    void extra(DataCategory d) {
        if (inTerm) {
            termExtra.add(d);
        } else if (lang != null) {
            langExtra.add(d);
        } else if (conceptId != null) {
            conceptExtra.add(d);
        }
    }

    /** A data category (DCA element and type, or the DCT element's equivalent) with its raw text. */
    void dataCategory(String element, String type, String rawText, String target) {
        String text = TbxText.clean(rawText);
        if (text.isEmpty() && target == null) {
            return;
        }
        switch (type) {
            case "administrativeStatus", "normativeAuthorization", "usageStatus" -> {
                if (inTerm) {
                    TermStatus s = TermStatus.parse(text);
                    if (s == null) {
                        throw x.error("unknown " + type + " '" + text + "'");
                    }
                    status = s;
                }
            }
            case "partOfSpeech" -> {
                if (inTerm) {
                    pos = share(text);
                }
            }
            case "grammaticalGender" -> {
                if (inTerm) {
                    gender = share(text);
                }
            }
            case "usageNote" -> {
                if (inTerm) {
                    usage = text;
                } else {
                    note(text);
                }
            }
            // the workbench's private data categories (docs/glossary.md); DCT style by local name
            case TbxReader.INFLECTION, "inflection" -> {
                if (inTerm) {
                    inflection = share(text);
                }
            }
            case TbxReader.INFLECTED_FORM, "inflectedForm" -> {
                if (inTerm && !inflectedForms.contains(text)) {
                    inflectedForms.add(text);
                }
            }
            case "definition" -> {
                if (lang != null) {
                    langDefinition = text;
                } else if (conceptId != null) {
                    conceptDefinition = text;
                }
            }
            case "subjectField" -> {
                if (conceptId != null) {
                    subjectField = share(text);
                }
            }
            case "note" -> note(text);
            default -> extra(new DataCategory(element, type, share(text), target, List.of()));
        }
    }

    /** A note, cleaned: either what the export wrote for a data category TBX-Basic lacks, or a note. */
    void note(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (inTerm && text.startsWith(TbxWriter.ORIGINAL_PART_OF_SPEECH)) {
            // written by the export where TBX-Basic has no such part of speech: the original comes back
            pos = share(text.substring(TbxWriter.ORIGINAL_PART_OF_SPEECH.length()));
            return;
        }
        if (inTerm && text.startsWith(TbxReader.INFLECTION + ": ") && inflection == null) {
            // the export keeps the workbench's inflection hints as notes: TBX-Basic has no such termNote
            inflection = share(text.substring(TbxReader.INFLECTION.length() + 2));
            return;
        }
        if (inTerm && text.startsWith(TbxReader.INFLECTED_FORM + ": ")) {
            String form = text.substring(TbxReader.INFLECTED_FORM.length() + 2);
            if (!inflectedForms.contains(form)) {
                inflectedForms.add(form);
            }
            return;
        }
        if (inTerm && text.startsWith(TbxWriter.USAGE_NOTE) && usage == null) {
            usage = text.substring(TbxWriter.USAGE_NOTE.length());
            return;
        }
        DataCategory kept = TbxWriter.kept(text);
        if (kept != null) {
            // a data category the export could only keep as a note
            if (inTerm && kept.type().equals("grammaticalGender") && gender == null) {
                gender = share(kept.value());
            } else {
                extra(kept);
            }
            return;
        }
        if (inTerm) {
            termNotes.add(text);
        } else if (lang != null) {
            langNotes.add(text);
        } else if (conceptId != null) {
            conceptNotes.add(text);
        }
    }
}
