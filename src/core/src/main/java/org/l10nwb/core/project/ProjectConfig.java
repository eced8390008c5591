package org.l10nwb.core.project;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.locale.LocaleTag;

/**
 * A project's settings, from {@value #FILE_NAME} at the project root.
 *
 * <pre>
 * source-locale = en
 * target-locales = ka, ru, az
 * documents = locales/en/article.txt
 * glossary = glossary
 * memory = memory
 * segmentation = config/segmentation.srx
 * xliff.version = 2.1
 * </pre>
 *
 * @param sourceLocale the language of the source documents
 * @param targetLocales the languages translated into, in the configured order
 * @param documents the source documents, relative to the project root, forward slashes
 * @param glossary the glossary file or folder of TBX files, relative to the root
 * @param memory the translation-memory folder, relative to the root
 * @param segmentation project SRX rules that take precedence over the defaults, or {@code null}
 * @param settings every setting as written, for the parts of the workbench that have their own
 */
public record ProjectConfig(
        LocaleTag sourceLocale,
        List<LocaleTag> targetLocales,
        List<String> documents,
        String glossary,
        String memory,
        String segmentation,
        Map<String, String> settings) {

    public static final String FILE_NAME = "workbench.properties";
    /** The setting that chooses the XLIFF version extraction writes: 1.2 (the default) or 2.1. */
    public static final String XLIFF_VERSION = "xliff.version";

    public ProjectConfig {
        targetLocales = List.copyOf(targetLocales);
        documents = List.copyOf(documents);
        settings = Map.copyOf(settings);
    }

    /** Reads and validates the config file. */
    public static ProjectConfig load(Path file) {
        String text = TextFiles.decodeUtf8Strict(file, TextFiles.readBytes(file, org.l10nwb.core.io.InputKind.SETTINGS,
                org.l10nwb.core.io.InputLimits.DEFAULTS));
        List<String> twice = new ArrayList<>();
        Properties p = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                // Properties keeps the last of two settings silently; a project that sets one twice is wrong once.
                if (containsKey(key)) {
                    twice.add(String.valueOf(key));
                }
                return super.put(key, value);
            }
        };
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw WorkbenchException.inFile(file, "cannot parse: " + e.getMessage());
        }
        if (!twice.isEmpty()) {
            String key = twice.get(0);
            throw new WorkbenchException(SourcePosition.of(file, secondLine(text, key), 1), "'" + key
                    + "' is set twice (the first setting would be ignored); keep one");
        }
        Map<String, String> settings = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).strip();
            if (key.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                throw WorkbenchException.inFile(file, key.replace("\0", "\\u0000") + ": holds a NUL character");
            }
            settings.put(key, value);
        }
        for (String key : List.of("documents", "glossary", "memory", "segmentation")) {
            String v = settings.get(key);
            for (String part : v == null ? List.<String>of() : list(v)) {
                try {
                    Path.of(part);
                } catch (java.nio.file.InvalidPathException e) {
                    throw WorkbenchException.inFile(file, key + ": '" + part + "' is not a valid path");
                }
            }
        }
        String xliffVersion = settings.get(XLIFF_VERSION);
        if (xliffVersion != null && !xliffVersion.equals("1.2") && !xliffVersion.equals("2.1")) {
            throw WorkbenchException.inFile(file, XLIFF_VERSION + ": '" + xliffVersion + "' is neither 1.2 nor 2.1");
        }
        String outside = settings.get(ProjectPaths.ALLOW_OUTSIDE);
        if (outside != null && !outside.equals("true") && !outside.equals("false")) {
            throw WorkbenchException.inFile(file, ProjectPaths.ALLOW_OUTSIDE + ": '" + outside
                    + "' is neither true nor false");
        }
        org.l10nwb.core.io.InputLimits.fromSettings(settings, file); // a bad limit is reported here, naming the file
        LocaleTag source = locale(file, "source-locale", required(file, settings, "source-locale"));
        List<LocaleTag> targets = new ArrayList<>();
        for (String t : list(required(file, settings, "target-locales"))) {
            LocaleTag tag = locale(file, "target-locales", t);
            if (tag.equals(source)) {
                throw WorkbenchException.inFile(file, "target-locales: '" + t + "' is the source locale");
            }
            if (targets.contains(tag)) {
                throw WorkbenchException.inFile(file, "target-locales: '" + t + "' is listed twice");
            }
            targets.add(tag);
        }
        List<String> documents = list(required(file, settings, "documents"));
        Set<String> names = new LinkedHashSet<>();
        for (String d : documents) {
            Path dp = Path.of(d);
            if (dp.isAbsolute() || dp.normalize().startsWith("..")) {
                throw WorkbenchException.inFile(file, "documents: '" + d + "' must be a path inside the project");
            }
            if (!names.add(org.l10nwb.core.Paths2.baseName(dp))) {
                throw WorkbenchException.inFile(file, "documents: two documents are named '"
                        + org.l10nwb.core.Paths2.baseName(dp) + "'; their XLIFF files would collide");
            }
        }
        return new ProjectConfig(source, targets, documents, settings.getOrDefault("glossary", "glossary"),
                settings.getOrDefault("memory", "memory"), emptyToNull(settings.get("segmentation")), settings);
    }

    /** The line of the second setting of {@code key} (a plain key as most are written), or 0. */
    private static int secondLine(String text, String key) {
        java.util.regex.Pattern setting = java.util.regex.Pattern.compile("^\\s*" + java.util.regex.Pattern.quote(key)
                + "\\s*[=:\\s]");
        int seen = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (setting.matcher(lines[i]).find() && ++seen == 2) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether extraction writes XLIFF 2.1 ({@value #XLIFF_VERSION} = 2.1) rather than the default 1.2. */
    public boolean xliff2() {
        return "2.1".equals(settings.get(XLIFF_VERSION));
    }

    /** Whether the project lets symbolic links lead outside its folder ({@value ProjectPaths#ALLOW_OUTSIDE}). */
    public boolean allowOutside() {
        return "true".equals(settings.get(ProjectPaths.ALLOW_OUTSIDE));
    }

    /** The config file's text for a new project. */
    public static String render(LocaleTag source, List<LocaleTag> targets, List<String> documents) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Workbench project settings.\n");
        sb.append("# Language of the source documents (BCP 47).\n");
        sb.append("source-locale = ").append(source.tag()).append('\n');
        sb.append("# Languages to translate into, comma-separated (BCP 47).\n");
        sb.append("target-locales = ").append(String.join(", ", targets.stream().map(LocaleTag::tag).toList()))
                .append('\n');
        sb.append("# Source documents, relative to this folder, comma-separated.\n");
        sb.append("documents = ").append(String.join(", ", documents)).append('\n');
        sb.append("# Terminology: a TBX file, or a folder of them.\n");
        sb.append("glossary = glossary\n");
        sb.append("# Translation memory folder (TMX files).\n");
        sb.append("memory = memory\n");
        sb.append("# Optional SRX rules that take precedence over the default segmentation rules.\n");
        sb.append("# segmentation = config/segmentation.srx\n");
        return sb.toString();
    }

    private static String required(Path file, Map<String, String> settings, String key) {
        String v = settings.get(key);
        if (v == null || v.isBlank()) {
            throw WorkbenchException.inFile(file, "missing setting '" + key + "'");
        }
        return v;
    }

    private static LocaleTag locale(Path file, String key, String value) {
        try {
            return LocaleTag.of(value);
        } catch (WorkbenchException e) {
            throw WorkbenchException.inFile(file, key + ": " + e.getMessage());
        }
    }

    static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
