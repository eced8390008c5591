package org.l10nwb.core.glossary;

import java.util.List;
import java.util.Objects;

import org.l10nwb.core.SourcePosition;

/**
 * One term of a concept in one language, with what translators need to use it right.
 *
 * @param text the term as written, NFC
 * @param status its normative status
 * @param partOfSpeech TBX {@code partOfSpeech} ({@code noun}, {@code properNoun}, {@code adjective}…),
 *     or {@code null}
 * @param grammaticalGender TBX {@code grammaticalGender} ({@code masculine}, {@code feminine},
 *     {@code neuter}), or {@code null}; language modules use it to pick a declension
 * @param usageNote how to use the term, or {@code null}
 * @param notes free notes on the term
 * @param position where the term is written in its file
 * @param extra the term's other data categories (context, source, term type, transactions…)
 * @param inflection the glossary's inflection hint (TBX {@code x-inflection}): {@code indeclinable},
 *     or a declension class of the language module, optionally with the language as prefix
 *     ({@code ru:fem-a}); {@code null} for none (see {@link Inflection})
 * @param inflectedForms forms of the term the glossary adds to those the language module gives
 *     (TBX {@code x-inflectedForm}, repeatable), as written there
 */
public record Term(
        String text,
        TermStatus status,
        String partOfSpeech,
        String grammaticalGender,
        String usageNote,
        List<String> notes,
        SourcePosition position,
        List<DataCategory> extra,
        String inflection,
        List<String> inflectedForms) {

    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        notes = List.copyOf(notes);
        extra = extra == null ? List.of() : List.copyOf(extra);
        inflectedForms = inflectedForms == null ? List.of() : List.copyOf(inflectedForms);
    }

    /** A term without inflection hints. */
    public Term(String text, TermStatus status, String partOfSpeech, String grammaticalGender, String usageNote,
            List<String> notes, SourcePosition position, List<DataCategory> extra) {
        this(text, status, partOfSpeech, grammaticalGender, usageNote, notes, position, extra, null, List.of());
    }

    /** A term without other data categories. */
    public Term(String text, TermStatus status, String partOfSpeech, String grammaticalGender, String usageNote,
            List<String> notes, SourcePosition position, String inflection, List<String> inflectedForms) {
        this(text, status, partOfSpeech, grammaticalGender, usageNote, notes, position, List.of(), inflection,
                inflectedForms);
    }

    /** A term without inflection hints or other data categories. */
    public Term(String text, TermStatus status, String partOfSpeech, String grammaticalGender, String usageNote,
            List<String> notes, SourcePosition position) {
        this(text, status, partOfSpeech, grammaticalGender, usageNote, notes, position, List.of(), null, List.of());
    }

    /**
     * From the text and status only: equal terms have equal ones, so this agrees with the
     * record's equality, and it costs no walk over the notes, data categories and forms (a term is
     * a key of the glossary check's sets once per occurrence found).
     */
    @Override
    public int hashCode() {
        return 31 * text.hashCode() + status.ordinal();
    }

    public static Term of(String text, TermStatus status) {
        return new Term(text, status, null, null, null, List.of(), null);
    }

    public boolean allowed() {
        return status.allowed();
    }
}
