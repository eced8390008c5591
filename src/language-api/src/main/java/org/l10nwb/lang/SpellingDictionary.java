package org.l10nwb.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A Hunspell dictionary a language module ships: its affix file and its word list, resources of
 * the module's own jar, with where they come from (for messages and the licence notes).
 *
 * @param id a name for the dictionary, unique on the class path ({@code ru-RU hunspell})
 * @param owner the class whose class loader and package the resources are found by
 * @param affix the {@code .aff} resource, relative to {@code owner}'s package
 * @param words the {@code .dic} resource, relative to {@code owner}'s package
 */
public record SpellingDictionary(String id, Class<?> owner, String affix, String words) {

    public InputStream openAffix() {
        return open(affix);
    }

    public InputStream openWords() {
        return open(words);
    }

    private InputStream open(String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the " + id + " dictionary lacks " + resource));
        }
        return in;
    }
}
