package org.l10nwb.lang;

/**
 * One word of a glossary term, as a language module sees it.
 *
 * @param written the word as written in the glossary, NFC ({@code Зангезурский})
 * @param key its comparison key, lower case and normalised ({@code зангезурский})
 * @param index its position in the term, from 0
 * @param count how many words the term has
 * @param partOfSpeech the term's TBX part of speech ({@code noun}, {@code properNoun},
 *     {@code adjective}…), or {@code null}
 * @param gender the term's TBX grammatical gender ({@code masculine}, {@code feminine},
 *     {@code neuter}), or {@code null}
 * @param inflectionClass the declension class the glossary gives this word (one of the module's
 *     {@link Language#inflectionClasses}, without a language prefix), or {@code null} for the
 *     module's own choice. The glossary's class applies to the last word of a term, its head
 *     noun; the words before it are given {@code null}.
 */
public record TermWord(String written, String key, int index, int count, String partOfSpeech, String gender,
        String inflectionClass) {

    /** A word without a declension class from the glossary. */
    public TermWord(String written, String key, int index, int count, String partOfSpeech, String gender) {
        this(written, key, index, count, partOfSpeech, gender, null);
    }

    public boolean isLast() {
        return index == count - 1;
    }

    public boolean isFirst() {
        return index == 0;
    }

    public boolean multiWord() {
        return count > 1;
    }

    /** Whether the glossary says the term is a proper noun. */
    public boolean properNoun() {
        return partOfSpeech != null && partOfSpeech.replace(" ", "").equalsIgnoreCase("propernoun");
    }

    /** Whether the word is written with a capital (proper names in languages that have case). */
    public boolean capitalised() {
        return !written.isEmpty() && Character.isUpperCase(written.codePointAt(0));
    }
}
