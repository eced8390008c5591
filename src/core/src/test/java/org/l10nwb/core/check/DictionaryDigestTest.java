package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.lang.SpellingDictionary;

/**
 * The names of remembered spelling answers: another dictionary, another name, whether the
 * dictionary is in a jar (read from the jar's directory) or in a folder (hashed byte for byte).
 */
class DictionaryDigestTest {
    /** The class that owns the dictionary resources, defined by each test's own class loader. */
    public static final class Owner {
    }

    private static final String OWNER = Owner.class.getName().replace('.', '/') + ".class";

    @Test
    void aDictionaryInAJarIsNamedByItsContent(@TempDir Path dir) throws Exception {
        String same1 = digest(jar(dir.resolve("a.jar"), "SET UTF-8\n", "2\nкот\nдом\n"), "engine 1");
        String same2 = digest(jar(dir.resolve("b.jar"), "SET UTF-8\n", "2\nкот\nдом\n"), "engine 1");
        String otherWords = digest(jar(dir.resolve("c.jar"), "SET UTF-8\n", "2\nкот\nдым\n"), "engine 1");
        String otherAffix = digest(jar(dir.resolve("d.jar"), "SET UTF-8\nTRY о\n", "2\nкот\nдом\n"), "engine 1");
        String otherEngine = digest(jar(dir.resolve("e.jar"), "SET UTF-8\n", "2\nкот\nдом\n"), "engine 2");
        assertEquals(same1, same2, "the same files in another jar: the same answers");
        assertNotEquals(same1, otherWords);
        assertNotEquals(same1, otherAffix);
        assertNotEquals(same1, otherEngine);
        assertEquals(64, same1.length(), same1);
    }

    @Test
    void aDictionaryInAFolderIsNamedByItsBytes(@TempDir Path dir) throws Exception {
        String one = digest(folder(dir.resolve("one"), "SET UTF-8\n", "2\nкот\nдом\n"), "engine 1");
        String same = digest(folder(dir.resolve("same"), "SET UTF-8\n", "2\nкот\nдом\n"), "engine 1");
        String other = digest(folder(dir.resolve("other"), "SET UTF-8\n", "2\nкот\nдым\n"), "engine 1");
        String inJar = digest(jar(dir.resolve("a.jar"), "SET UTF-8\n", "2\nкот\nдом\n"), "engine 1");
        assertEquals(one, same);
        assertNotEquals(one, other);
        assertNotEquals(one, inJar, "a folder's digest of the bytes is not taken for a jar's");
    }

    private static String digest(URL classPath, String engine) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classPath}, ClassLoader.getPlatformClassLoader())) {
            Class<?> owner = loader.loadClass(Owner.class.getName());
            assertEquals(loader, owner.getClassLoader(), "the owner comes from the jar or folder under test");
            return DictionaryDigest.of(engine, new SpellingDictionary("xx test", owner, "/dict/xx.aff", "/dict/xx.dic"));
        }
    }

    private static URL jar(Path file, String affix, String words) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
            put(out, OWNER, ownerBytes());
            put(out, "dict/xx.aff", affix.getBytes(StandardCharsets.UTF_8));
            put(out, "dict/xx.dic", words.getBytes(StandardCharsets.UTF_8));
        }
        return file.toUri().toURL();
    }

    private static URL folder(Path root, String affix, String words) throws IOException {
        Path owner = root.resolve(OWNER);
        Files.createDirectories(owner.getParent());
        Files.write(owner, ownerBytes());
        Files.createDirectories(root.resolve("dict"));
        Files.writeString(root.resolve("dict/xx.aff"), affix);
        Files.writeString(root.resolve("dict/xx.dic"), words);
        return root.toUri().toURL();
    }

    private static void put(OutputStream jar, String name, byte[] bytes) throws IOException {
        JarOutputStream out = (JarOutputStream) jar;
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static byte[] ownerBytes() throws IOException {
        try (InputStream in = DictionaryDigestTest.class.getClassLoader().getResourceAsStream(OWNER)) {
            return in.readAllBytes();
        }
    }
}
