package org.l10nwb.core.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.JarEntry;

import org.l10nwb.lang.SpellingDictionary;

/**
 * The name of a dictionary's remembered answers: a SHA-256 digest of the engine and its version
 * and of the affix file and the word list.
 *
 * <p>For a dictionary in a jar (how the application runs) the files enter the digest by the size
 * and CRC-32 the jar's directory already holds for each entry, not by their bytes: reading and
 * hashing the Russian and Georgian word lists (7 MB, inflated, with a SHA-256 the client compiler
 * does not accelerate) took about a tenth of a second of every {@code check}, more than looking
 * the project's words up. A changed file has another CRC or size but for a chance of one in four
 * billion, and the jar's reader checks each entry against that CRC when it inflates it. A
 * dictionary outside a jar (the build's class folders, in tests) is hashed byte for byte.
 */
final class DictionaryDigest {

    private DictionaryDigest() {
    }

    /** The hexadecimal digest naming the answers of {@code engine} on {@code dictionary}. */
    static String of(String engine, SpellingDictionary dictionary) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(engine.getBytes(StandardCharsets.UTF_8));
            for (String resource : new String[] {dictionary.affix(), dictionary.words()}) {
                sha.update((byte) 0);
                JarEntry entry = jarEntry(dictionary, resource);
                if (entry != null) {
                    // "jar" tells these from a digest of the bytes, which the same file could give
                    sha.update(("jar " + entry.getSize() + " " + Long.toHexString(entry.getCrc()))
                            .getBytes(StandardCharsets.US_ASCII));
                } else {
                    bytes(sha, dictionary, resource);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("the " + dictionary.id() + " spelling dictionary cannot be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The resource's entry when it is in a jar whose directory gives its size and CRC, else null. */
    private static JarEntry jarEntry(SpellingDictionary dictionary, String resource) throws IOException {
        URL url = dictionary.owner().getResource(resource);
        if (url == null) {
            throw new IOException("the " + dictionary.id() + " dictionary lacks " + resource);
        }
        if (!"jar".equals(url.getProtocol())) {
            return null;
        }
        // The connection's jar is the JDK's cached one: only the jar's directory is read.
        JarEntry entry = ((JarURLConnection) url.openConnection()).getJarEntry();
        return entry != null && entry.getSize() >= 0 && entry.getCrc() != -1 ? entry : null;
    }

    private static void bytes(MessageDigest sha, SpellingDictionary dictionary, String resource) throws IOException {
        long length = 0;
        try (InputStream in = resource.equals(dictionary.affix()) ? dictionary.openAffix() : dictionary.openWords()) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                length += n;
            }
        }
        // each part's length after it, so that no two different pairs of files read alike
        sha.update(Long.toString(length).getBytes(StandardCharsets.US_ASCII));
    }
}
