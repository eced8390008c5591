package org.l10nwb.core.check;

/**
 * A check with a stable id, its default severity and a one-line description. Ids are a public
 * contract: CI configurations and SARIF consumers refer to them.
 */
public record Rule(String id, Severity defaultSeverity, String description) {

    public static final Rule TERM_MISSING = new Rule("term-missing", Severity.ERROR,
            "A concept of the glossary occurs in the source, but none of its approved target terms, in any form, is in the translation.");
    public static final Rule TERM_FORBIDDEN = new Rule("term-forbidden", Severity.ERROR,
            "The translation uses a deprecated or superseded term of the glossary, in some inflected form.");
    public static final Rule INLINE_CODES = new Rule("inline-codes", Severity.ERROR,
            "An inline code of a source segment (formatting, a link, a placeholder) is missing from its translation, or the translation has one the source does not.");
    public static final Rule UNTRANSLATED = new Rule("untranslated", Severity.WARNING,
            "The unit has no translation yet; its terms are not checked.");
}
