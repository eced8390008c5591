package org.l10nwb.core.io;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.l10nwb.core.WorkbenchException;

/**
 * The size limit of each {@link InputKind}, in megabytes: the defaults, or a project's own from
 * its settings ({@code limits.source-mb = 64}).
 */
public final class InputLimits {
    /** The limits of a workbench run outside any project, and of a project that sets none. */
    public static final InputLimits DEFAULTS = new InputLimits(new EnumMap<>(InputKind.class));

    private final Map<InputKind, Long> megabytes;

    private InputLimits(Map<InputKind, Long> megabytes) {
        this.megabytes = megabytes;
    }

    /** The limits set in a project's settings; a bad value is a user error naming {@code file}. */
    public static InputLimits fromSettings(Map<String, String> settings, Path file) {
        Map<InputKind, Long> m = new EnumMap<>(InputKind.class);
        for (InputKind k : InputKind.values()) {
            String v = k.setting() == null ? null : settings.get(k.setting());
            if (v == null) {
                continue;
            }
            long mb;
            try {
                mb = Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                mb = -1;
            }
            if (mb <= 0 || mb > 1 << 20) {
                throw WorkbenchException.inFile(file, k.setting() + ": '" + v
                        + "' is not a size in megabytes (a whole number from 1 to 1048576)");
            }
            m.put(k, mb);
        }
        return new InputLimits(m);
    }

    /** The limit of {@code kind} in bytes. */
    public long bytes(InputKind kind) {
        return megabytes.getOrDefault(kind, kind.defaultMegabytes()) << 20;
    }

    /** The limit of {@code kind} in megabytes. */
    public long megabytes(InputKind kind) {
        return megabytes.getOrDefault(kind, kind.defaultMegabytes());
    }

    /** The message for a file over the limit. */
    String tooLarge(InputKind kind, long size) {
        String how = kind.setting() == null ? "" : " (set " + kind.setting() + " in workbench.properties to raise it)";
        return "is larger than the limit for a " + kind.noun() + ": " + (size < 0 ? "more than " + megabytes(kind) + " MB"
                : String.format(java.util.Locale.ROOT, "%.1f MB, the limit is %d MB", size / 1048576.0, megabytes(kind)))
                + how;
    }
}
