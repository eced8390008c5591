package org.l10nwb.core.check;

/**
 * A check with a stable id, its default severity, a one-line description and a longer help text
 * (what it looks at, what it leaves alone, its parameters). Ids are a public contract: CI
 * configurations, {@code check.severity.<id>} settings and SARIF consumers refer to them.
 */
public record Rule(String id, Severity defaultSeverity, String description, String help) {

    public Rule(String id, Severity defaultSeverity, String description) {
        this(id, defaultSeverity, description, description);
    }

    public static final Rule TERM_MISSING = new Rule("term-missing", Severity.ERROR,
            "A concept of the glossary occurs in the source, but none of its approved target terms, in any form, is in the translation.");
    public static final Rule TERM_FORBIDDEN = new Rule("term-forbidden", Severity.ERROR,
            "The translation uses a deprecated or superseded term of the glossary, in some inflected form.");
    public static final Rule INLINE_CODES = new Rule("inline-codes", Severity.ERROR,
            "An inline code of a source segment (formatting, a link, a placeholder) is missing from its translation, or the translation has one the source does not.");
    public static final Rule UNTRANSLATED = new Rule("untranslated", Severity.WARNING,
            "The unit has no translation yet (its terms are not checked), or a segment's translation is the source text, or words of the source are left in it.",
            "Reported for a unit without a translation, and for a translated segment whose text is the source's"
                    + " (unless the source has no phrase of prose: names, numbers, codes), or that keeps a phrase of"
                    + " the source: two or more lower-case words in a row, outside names, quotations, glossary terms"
                    + " and code (command options, .ext, a_b, x=, arm9, words among such marks); or a single such word"
                    + " that the source language's spelling dictionary knows (file, the), unless it is a name in code"
                    + " (int, grep), one of the target language's loan words or in check.untranslated.words.<locale>."
                    + " A source language without a dictionary has single words left alone.");
    /**
     * The same id and severity setting as {@link #UNTRANSLATED}, for translations that are the
     * source or keep its words: the translator's shell, which leaves out "no translation yet",
     * still shows these.
     */
    public static final Rule UNTRANSLATED_TEXT = new Rule(UNTRANSLATED.id(), UNTRANSLATED.defaultSeverity(),
            UNTRANSLATED.description(), UNTRANSLATED.help());
}
