package org.l10nwb.core.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;

import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.terms.IndexedTerm;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermIndexes;

/**
 * The forms a translator can insert for a concept found in the source: each approved term's
 * paradigm as the language module gives it (dictionary form first), written with the term's
 * capital where it has one; a multi-word term as written, since its words agree with each other
 * and the term engine lists forms per word only.
 *
 * @param forms the choices, in order
 * @param multiWordAsWritten whether a multi-word term is offered only as written
 */
public record TermForms(List<String> forms, boolean multiWordAsWritten) {
    public TermForms {
        forms = List.copyOf(forms);
    }

    static TermForms of(GlossaryHit hit, Glossary glossary, Languages languages, String targetLanguage) {
        TermIndex index = TermIndexes.of(glossary, languages).get(targetLanguage);
        ULocale locale = new ULocale(targetLanguage);
        Set<String> out = new LinkedHashSet<>();
        boolean multi = false;
        for (Term t : hit.approved()) {
            IndexedTerm it = index.index(hit.concept(), t);
            if (it.length() != 1) {
                multi |= it.length() > 1;
                out.add(t.text());
                continue;
            }
            String writtenKey = it.writtenKey(0);
            out.add(t.text());
            for (String key : it.orderedForms().get(0)) {
                out.add(key.equals(writtenKey) ? t.text() : cased(key, t.text(), locale));
            }
        }
        return new TermForms(new ArrayList<>(out), multi);
    }

    /** A form's key written as the term is: capitalised when the term is. */
    private static String cased(String key, String written, ULocale locale) {
        if (written.isEmpty() || key.isEmpty() || !UCharacter.isUpperCase(written.codePointAt(0))) {
            return key;
        }
        int first = Character.charCount(key.codePointAt(0));
        return UCharacter.toUpperCase(locale, key.substring(0, first)) + key.substring(first);
    }
}
