package org.l10nwb.cli.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conventional {@code --opt=value} form for Spring Shell, whose parser takes an option's value
 * only as the next word: the word is split in two before the command is parsed, on the command
 * line and in the shell alike.
 */
public final class OptionWords {
    /** {@code --name=value}: a long option with its value in the same word. */
    private static final Pattern ATTACHED = Pattern.compile("(--[A-Za-z][A-Za-z0-9-]*)=(.*)", Pattern.DOTALL);

    private OptionWords() {
    }

    /** The words with every {@code --name=value} split into {@code --name} and {@code value}. */
    public static List<String> split(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            Matcher m = ATTACHED.matcher(w);
            if (m.matches()) {
                out.add(m.group(1));
                out.add(m.group(2));
            } else {
                out.add(w);
            }
        }
        return out;
    }
}
