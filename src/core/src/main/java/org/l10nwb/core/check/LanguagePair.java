package org.l10nwb.core.check;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.lang.Language;

/**
 * What a {@link SegmentCheck} knows of the pair it checks: the languages, the project's
 * parameters for the target locale, and the glossary's terms in either language.
 */
public final class LanguagePair {
    private final String source;
    private final String target;
    private final ULocale sourceLocale;
    private final ULocale targetLocale;
    private final CheckConfig config;
    private final Supplier<TermIndex> sourceTerms;
    private final Supplier<TermIndex> targetTerms;
    private final Language targetModule;
    private final Consumer<String> notices;

    public LanguagePair(String source, String target, CheckConfig config, Supplier<TermIndex> sourceTerms,
            Supplier<TermIndex> targetTerms) {
        this(source, target, config, sourceTerms, targetTerms, Languages.plain(LocaleTag.baseLanguage(target)), n -> { });
    }

    /**
     * @param targetModule the target language's module (its spelling dictionary)
     * @param notices where a check says once what it cannot do for the pair (no dictionary)
     */
    public LanguagePair(String source, String target, CheckConfig config, Supplier<TermIndex> sourceTerms,
            Supplier<TermIndex> targetTerms, Language targetModule, Consumer<String> notices) {
        this.targetModule = targetModule;
        this.notices = notices;
        this.source = source;
        this.target = target;
        this.sourceLocale = uLocale(source);
        this.targetLocale = uLocale(target);
        this.config = config;
        this.sourceTerms = once(sourceTerms);
        this.targetTerms = once(targetTerms);
    }

    /**
     * The index {@code lookUp} gives, kept once it has given it: the checks ask at every segment,
     * and the look-up goes through the glossary's derived indexes each time. Two threads may both
     * look it up, and get the same index.
     */
    private static Supplier<TermIndex> once(Supplier<TermIndex> lookUp) {
        return new Supplier<>() {
            private volatile TermIndex made;

            @Override
            public TermIndex get() {
                TermIndex i = made;
                if (i == null) {
                    i = lookUp.get();
                    made = i;
                }
                return i;
            }
        };
    }

    private static ULocale uLocale(String tag) {
        LocaleTag t = LocaleTag.tryOf(tag);
        return t != null ? t.toULocale() : ULocale.forLanguageTag(tag.replace('_', '-'));
    }

    /** The source language tag as the file writes it. */
    public String source() {
        return source;
    }

    /** The target language tag as the file writes it. */
    public String target() {
        return target;
    }

    public ULocale sourceLocale() {
        return sourceLocale;
    }

    public ULocale targetLocale() {
        return targetLocale;
    }

    /** The target's base language, lower case: {@code ru} for {@code ru-RU}. */
    public String targetLanguage() {
        return LocaleTag.baseLanguage(target);
    }

    /** The source language's English name, for messages: "English". */
    public String sourceName() {
        String n = sourceLocale.getDisplayLanguage(ULocale.ENGLISH);
        return n.isEmpty() ? source : n;
    }

    /** The raw value of a check's parameter for the target locale (the project's, else the default), or {@code null}. */
    public String raw(Rule rule, CheckParameter p) {
        return config.parameter(rule, p, target);
    }

    /** A parameter's value for the target locale, read by the parameter, or {@code null} when it has none. */
    @SuppressWarnings("unchecked")
    public <T> T value(Rule rule, CheckParameter p) {
        String v = raw(rule, p);
        return v == null ? null : (T) p.parse().apply(v);
    }

    /** Whether the project sets this parameter for the target locale (rather than leaving the default). */
    public boolean isSet(Rule rule, CheckParameter p) {
        return config.isSet(rule, p, target);
    }

    /** The target language's module. */
    public Language targetModule() {
        return targetModule;
    }

    /**
     * The source language's module, the one the glossary's source terms are matched with (its
     * spelling dictionary tells an ordinary word of the source from a name); asking for it builds
     * the source terms' index, as the glossary check does anyway.
     */
    public Language sourceModule() {
        return sourceTerms().module();
    }

    /** Says once, for the run, what a check cannot do for this pair. */
    public void notice(String text) {
        notices.accept(text);
    }

    /** The glossary's source-language terms (every form), built when first asked for. */
    public TermIndex sourceTerms() {
        return sourceTerms.get();
    }

    /** The glossary's target-language terms (every form), built when first asked for. */
    public TermIndex targetTerms() {
        return targetTerms.get();
    }
}
