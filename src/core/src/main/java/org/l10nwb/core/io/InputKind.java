package org.l10nwb.core.io;

/**
 * The kinds of input file, each with its own size limit: a file larger than the limit is refused
 * before it is read, so that a 3 GB "document" (or {@code /dev/zero} behind a link) cannot take
 * the machine's memory. A project may raise a limit with {@code limits.<kind>-mb} in its settings
 * ({@link InputLimits}); the kinds without a setting are small by nature.
 */
public enum InputKind {
    SOURCE("source document", "limits.source-mb", 16),
    XLIFF("XLIFF file", "limits.xliff-mb", 16),
    GLOSSARY("glossary", "limits.glossary-mb", 16),
    MEMORY("translation memory file", "limits.memory-mb", 1024),
    RULES("segmentation rules file", "limits.rules-mb", 1),
    DECISIONS("review decisions file", "limits.decisions-mb", 16),
    SPREADSHEET("spreadsheet glossary", "limits.spreadsheet-mb", 16),
    SETTINGS("settings file", null, 1),
    SCRIPT("script", null, 1),
    OTHER("input file", null, 64);

    private final String noun;
    private final String setting;
    private final long defaultMegabytes;

    InputKind(String noun, String setting, long defaultMegabytes) {
        this.noun = noun;
        this.setting = setting;
        this.defaultMegabytes = defaultMegabytes;
    }

    /** What the kind is called in messages. */
    public String noun() {
        return noun;
    }

    /** The setting that changes the limit, or {@code null} when it is fixed. */
    public String setting() {
        return setting;
    }

    public long defaultMegabytes() {
        return defaultMegabytes;
    }
}
