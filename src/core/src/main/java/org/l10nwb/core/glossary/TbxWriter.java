package org.l10nwb.core.glossary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.l10nwb.core.xml.XmlText;

/**
 * Writes a glossary as TBX v3 (ISO 30042:2019), dialect TBX-Basic, DCA style, valid against the
 * TBX core structure schema and the TBX-Basic rules ({@link TbxBasic}). Output is deterministic:
 * the same glossary gives the same bytes.
 *
 * <p>Every data category read is written: what Basic allows where it stands, as it was; what it
 * does not (a part of speech outside Basic's pick list, a usage note, a category at a level Basic
 * forbids) as a {@code <note>} that says what it was ({@code partOfSpeech: properNoun} beside the
 * Basic value {@code noun}, {@code usageNote: …}), which the reader turns back into the original.
 *
 * <p>Concept ids that are not XML names (TBX requires {@code xs:ID}, so {@code 12} is not allowed)
 * are written with a {@code c} prefix.
 */
public final class TbxWriter {
    /** The note that keeps a part of speech TBX-Basic does not have; the reader restores it. */
    public static final String ORIGINAL_PART_OF_SPEECH = "partOfSpeech: ";
    /** The note that keeps a usage note (TBX-Basic has no usageNote category); the reader restores it. */
    public static final String USAGE_NOTE = "usageNote: ";

    private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._-]*");

    public byte[] write(Glossary glossary, String description) {
        StringBuilder sb = new StringBuilder(4096);
        String main = glossary.sourceLanguage() != null ? glossary.sourceLanguage() : firstLanguage(glossary);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"").append(attr(main))
                .append("\" xmlns=\"").append(TbxReader.TBX_NS).append("\">\n");
        sb.append("  <tbxHeader><fileDesc><sourceDesc><p>").append(text(description))
                .append("</p></sourceDesc></fileDesc></tbxHeader>\n");
        sb.append("  <text><body>\n");
        for (Concept c : glossary.concepts()) {
            concept(c, sb);
        }
        sb.append("  </body></text>\n</tbx>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The id as written: unchanged when it is an XML name, else prefixed so that it is one. */
    public static String xmlId(String id) {
        if (NCNAME.matcher(id).matches()) {
            return id;
        }
        String cleaned = id.replaceAll("[^\\p{L}\\p{N}._-]", "-");
        return "c" + cleaned;
    }

    private static String firstLanguage(Glossary g) {
        return g.languages().isEmpty() ? "en" : g.languages().iterator().next();
    }

    private static void concept(Concept c, StringBuilder sb) {
        sb.append("    <conceptEntry id=\"").append(attr(xmlId(c.id()))).append("\">\n");
        descrip(6, "subjectField", c.subjectField(), sb);
        descrip(6, "definition", c.definition(), sb);
        List<String> notes = new ArrayList<>(c.notes());
        extras(6, c.extra(), TbxBasic.Level.CONCEPT, notes, sb);
        notes(6, notes, sb);
        for (LanguageSection s : c.languages()) {
            if (s.terms().isEmpty()) {
                continue; // TBX requires at least one termSec per langSec
            }
            sb.append("      <langSec xml:lang=\"").append(attr(s.language())).append("\">\n");
            descrip(8, "definition", s.definition(), sb);
            List<String> langNotes = new ArrayList<>(s.notes());
            extras(8, s.extra(), TbxBasic.Level.LANGUAGE, langNotes, sb);
            notes(8, langNotes, sb);
            for (Term t : s.terms()) {
                term(t, sb);
            }
            sb.append("      </langSec>\n");
        }
        sb.append("    </conceptEntry>\n");
    }

    private static void term(Term t, StringBuilder sb) {
        sb.append("        <termSec>\n");
        sb.append("          <term>").append(text(t.text())).append("</term>\n");
        List<String> notes = new ArrayList<>();
        if (t.partOfSpeech() != null && !t.partOfSpeech().isEmpty()) {
            String basic = TbxBasic.basicPartOfSpeech(t.partOfSpeech());
            termNote("partOfSpeech", basic, sb);
            if (!basic.equals(t.partOfSpeech())) {
                notes.add(ORIGINAL_PART_OF_SPEECH + t.partOfSpeech());
            }
        }
        if (t.grammaticalGender() != null && !t.grammaticalGender().isEmpty()) {
            if (TbxBasic.allowedValue("grammaticalGender", t.grammaticalGender())) {
                termNote("grammaticalGender", t.grammaticalGender(), sb);
            } else {
                notes.add("grammaticalGender: " + t.grammaticalGender());
            }
        }
        termNote("administrativeStatus", t.status().tbxValue(), sb);
        List<DataCategory> others = new ArrayList<>();
        for (DataCategory d : t.extra()) {
            if (d.element().equals("termNote") && TbxBasic.allowed("termNote", d.type(), TbxBasic.Level.TERM)
                    && TbxBasic.allowedValue(d.type(), d.value())) {
                termNote(d.type(), d.value(), sb);
            } else {
                others.add(d);
            }
        }
        extras(10, others, TbxBasic.Level.TERM, notes, sb);
        if (t.usageNote() != null && !t.usageNote().isEmpty()) {
            notes.add(USAGE_NOTE + t.usageNote());
        }
        // TBX-Basic has no termNote for the workbench's inflection hints: notes the reader restores
        if (t.inflection() != null) {
            notes.add(TbxReader.INFLECTION + ": " + t.inflection());
        }
        for (String form : t.inflectedForms()) {
            notes.add(TbxReader.INFLECTED_FORM + ": " + form);
        }
        notes.addAll(t.notes());
        notes(10, notes, sb);
        sb.append("        </termSec>\n");
    }

    /**
     * The kept data categories of one level: those TBX-Basic allows there as they were, the others
     * as notes naming them (added to {@code notes}).
     */
    private static void extras(int indent, List<DataCategory> extra, TbxBasic.Level level, List<String> notes,
            StringBuilder sb) {
        for (DataCategory d : extra) {
            if (d.element().equals("transacGrp")) {
                transactionGroup(indent, d, notes, sb);
            } else if (!d.element().equals("termNote") && TbxBasic.allowed(d.element(), d.type(), level)
                    && TbxBasic.allowedValue(d.type(), d.value()) && targetOk(d)) {
                sb.append(" ".repeat(indent)).append('<').append(d.element()).append(" type=\"").append(attr(d.type()))
                        .append('"');
                if (d.target() != null) {
                    sb.append(" target=\"").append(attr(d.target())).append('"');
                }
                sb.append('>').append(text(d.value())).append("</").append(d.element()).append(">\n");
            } else {
                notes.add(describe(d));
            }
        }
    }

    /** Basic's external references need an http(s) target; internal ones are checked by the reader's ids. */
    private static boolean targetOk(DataCategory d) {
        if (d.element().equals("xref")) {
            return d.target() != null && d.target().matches("https?://.+");
        }
        return !d.element().equals("ref") || d.target() != null;
    }

    /** A transaction group in its own order; what Basic lacks in it as notes inside it, which the reader restores. */
    private static void transactionGroup(int indent, DataCategory g, List<String> notes, StringBuilder sb) {
        String pad = " ".repeat(indent);
        StringBuilder inner = new StringBuilder();
        boolean hasTransac = false;
        for (DataCategory p : g.children()) {
            if (p.element().equals("transac") && !hasTransac) {
                hasTransac = true;
                String type = p.value();
                String basic = TbxBasic.allowedValue("transactionType", type) ? type
                        : type.toLowerCase(java.util.Locale.ROOT).matches("creat.*|orig.*|input|new") ? "origination"
                        : "modification";
                inner.insert(0, pad + "  <transac type=\"transactionType\">" + text(basic) + "</transac>\n"
                        + (basic.equals(type) ? "" : pad + "  <note>" + text(describe(p)) + "</note>\n"));
            } else if (p.element().equals("date")) {
                inner.append(pad).append("  <date>").append(text(p.value())).append("</date>\n");
            } else if (p.element().equals("transacNote") && "responsibility".equals(p.type())) {
                inner.append(pad).append("  <transacNote type=\"responsibility\"");
                if (p.target() != null) {
                    inner.append(" target=\"").append(attr(p.target())).append('"');
                }
                inner.append('>').append(text(p.value())).append("</transacNote>\n");
            } else if (p.element().equals("note")) {
                inner.append(pad).append("  <note>").append(text(p.value())).append("</note>\n");
            } else {
                inner.append(pad).append("  <note>").append(text(describe(p))).append("</note>\n");
            }
        }
        if (!hasTransac) {
            // a group without its transaction is not TBX; what it says is kept as notes
            g.children().forEach(p -> notes.add(describe(p)));
            return;
        }
        sb.append(pad).append("<transacGrp>\n").append(inner).append(pad).append("</transacGrp>\n");
    }

    /**
     * A data category TBX-Basic does not allow where it stands, as a note the reader turns back
     * into it: {@code termType: synonym}, or {@code element/type@target: value} when the element is
     * not the one the category usually has or there is a target.
     */
    static String describe(DataCategory d) {
        boolean usual = d.element().equals(TbxBasic.dcaElement(d.type()));
        return (usual ? "" : d.element() + "/") + d.type() + (d.target() == null ? "" : "@" + d.target()) + ": " + d.value();
    }

    private static final Pattern KEPT = Pattern.compile("(?:([A-Za-z]+)/)?([A-Za-z][\\w.-]*)(?:@(\\S+))?: (.*)", Pattern.DOTALL);

    /** The data category a note written by {@link #describe} stands for, or {@code null} for any other note. */
    static DataCategory kept(String note) {
        java.util.regex.Matcher m = KEPT.matcher(note);
        if (!m.matches()) {
            return null;
        }
        String element = m.group(1) != null ? m.group(1) : TbxBasic.dcaElement(m.group(2));
        if (element == null || !TbxBasic.KEPT_ELEMENTS.contains(element)) {
            return null;
        }
        return new DataCategory(element, m.group(2), m.group(4), m.group(3), List.of());
    }

    private static void termNote(String type, String value, StringBuilder sb) {
        if (value != null && !value.isEmpty()) {
            sb.append("          <termNote type=\"").append(type).append("\">").append(text(value)).append("</termNote>\n");
        }
    }

    private static void descrip(int indent, String type, String value, StringBuilder sb) {
        if (value != null && !value.isEmpty()) {
            sb.append(" ".repeat(indent)).append("<descrip type=\"").append(type).append("\">")
                    .append(text(value)).append("</descrip>\n");
        }
    }

    private static void notes(int indent, List<String> notes, StringBuilder sb) {
        for (String n : new ArrayList<>(notes)) {
            sb.append(" ".repeat(indent)).append("<note>").append(text(n)).append("</note>\n");
        }
    }

    private static String text(String s) {
        return XmlText.escapeText(s);
    }

    private static String attr(String s) {
        StringBuilder sb = new StringBuilder();
        XmlText.escapeAttribute(s, sb);
        return sb.toString();
    }
}
