package org.l10nwb.cli.shell;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

/**
 * Colours for the interactive shell, and plain text where there are none: a dumb terminal, one
 * with fewer than 8 colours, output that is not a terminal, or {@code NO_COLOR} set.
 */
public final class Styles {
    public static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;
    public static final AttributedStyle BOLD = AttributedStyle.BOLD;
    public static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    public static final AttributedStyle GOOD = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    public static final AttributedStyle DRAFT = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    public static final AttributedStyle BAD = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    public static final AttributedStyle INFO = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);

    private final Terminal terminal;
    private final boolean color;
    private final int width;

    private Styles(Terminal terminal, boolean color, int width) {
        this.terminal = terminal;
        this.color = color;
        this.width = width;
    }

    /** No colours, lines wrapped at {@code width} columns: for one-shot commands and tests. */
    public static Styles plain(int width) {
        return new Styles(null, false, width);
    }

    /** What the terminal can show. */
    public static Styles of(Terminal terminal) {
        boolean dumb = terminal == null || Terminal.TYPE_DUMB.equals(terminal.getType());
        Integer colours = terminal == null ? null : terminal.getNumericCapability(Capability.max_colors);
        boolean color = !dumb && colours != null && colours >= 8 && System.getenv("NO_COLOR") == null;
        int width = terminal == null || terminal.getWidth() <= 0 ? 100 : terminal.getWidth();
        return new Styles(terminal, color, width);
    }

    public boolean color() {
        return color;
    }

    /** Columns to wrap at (at least 40). */
    public int width() {
        return Math.max(40, width);
    }

    /** The text with its styles as the terminal shows them, or plain. */
    public String render(AttributedString s) {
        return color && terminal != null ? s.toAnsi(terminal) : s.toString();
    }

    public String render(AttributedStringBuilder s) {
        return render(s.toAttributedString());
    }

    /**
     * Display columns of a text as a terminal shows it: wide and full-width East Asian characters
     * (Unicode's East_Asian_Width, from ICU) take two, combining marks and format characters none,
     * every other character one.
     */
    public static int columns(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            n += columns(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    static int columns(int cp) {
        int type = UCharacter.getType(cp);
        if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.FORMAT || type == UCharacterCategory.CONTROL) {
            return 0;
        }
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }
}
