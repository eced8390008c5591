package org.l10nwb.core.lang;

import java.text.Normalizer;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.lang.Language;
import org.l10nwb.lang.TermWord;

/** The language modules on the class path, by primary language subtag. */
public final class Languages {
    private final Map<String, Language> byCode;

    public Languages(Iterable<Language> modules) {
        Map<String, Language> map = new TreeMap<>();
        for (Language l : modules) {
            map.putIfAbsent(l.code(), l);
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /**
     * The modules {@link ServiceLoader} finds: one instance for the whole process, since the class
     * path does not change and modules keep no state. Being one instance is what lets every user of
     * a glossary share its term indexes ({@link org.l10nwb.core.terms.TermIndexes#of}).
     */
    public static Languages installed() {
        return Installed.LANGUAGES;
    }

    /** Loaded on first use (the holder idiom), not when the class is. */
    private static final class Installed {
        static final Languages LANGUAGES =
                new Languages(ServiceLoader.load(Language.class, Languages.class.getClassLoader()));
    }

    /** The codes of the installed modules. */
    public Set<String> codes() {
        return byCode.keySet();
    }

    /** Whether a module knows this language's grammar. */
    public boolean has(String tag) {
        return byCode.containsKey(LocaleTag.baseLanguage(tag));
    }

    /** The module for a language tag, or {@link #plain} for a language without one. */
    public Language forTag(String tag) {
        String code = LocaleTag.baseLanguage(tag);
        Language l = byCode.get(code);
        return l != null ? l : plain(code);
    }

    /** A language without grammar: words match as written, case-insensitively. */
    public static Language plain(String code) {
        return new Language() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public Set<String> forms(TermWord word) {
                return Set.of(word.key());
            }
        };
    }

    /**
     * A word's comparison key: NFC, lower case by the locale's own rules (Azerbaijani «I» → «ı»,
     * Georgian Mtavruli → Mkhedruli), then the module's folding.
     */
    public static String key(String word, ULocale locale, Language language) {
        String nfc = Normalizer.isNormalized(word, Normalizer.Form.NFC) ? word
                : Normalizer.normalize(word, Normalizer.Form.NFC);
        String lower = nfc;
        if (!isLowerCase(nfc)) {
            lower = Normalizer.normalize(UCharacter.toLowerCase(locale, nfc), Normalizer.Form.NFC);
        }
        return language.normalizeKey(lower);
    }

    /**
     * Whether no code point of {@code s} changes when lower-cased: most words of running text, which
     * then skip the locale-aware case mapping (the most expensive step of matching). Every special
     * or locale-dependent lower-case mapping (Azerbaijani «I» and «İ», Lithuanian dots, the Greek
     * final sigma, Mtavruli) starts from a code point whose own lower case differs, so this test
     * never skips a mapping that would have changed the word.
     */
    private static boolean isLowerCase(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (UCharacter.toLowerCase(c) != c) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
