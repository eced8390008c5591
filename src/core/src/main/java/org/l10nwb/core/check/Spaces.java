package org.l10nwb.core.check;

/**
 * Spaces as the quality checks compare them: of any kind (white space, no-break spaces), in runs
 * and at the ends of a text, decided without a property look-up for letters.
 */
final class Spaces {
    private Spaces() {
    }

    /** The text with its spaces of any kind, at the ends and in runs, as single ordinary spaces. */
    static String collapse(String s) {
        if (collapsed(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean collapsed(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (isSpace(s.charAt(0)) || isSpace(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i + 1) == ' ' : isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** A space of any kind (white space, a no-break space), decided without a table lookup for letters. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < 0x1680) {
            return c == 0x85 || c == 0xA0;
        }
        return c == 0x1680 || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /** Whether two texts are the same once runs of spaces are one space and the ends are trimmed. */
    static boolean sameSpacesAside(String a, String b) {
        int i = 0;
        int j = 0;
        int n = a.length();
        int m = b.length();
        while (i < n && isSpace(a.charAt(i))) {
            i++;
        }
        while (j < m && isSpace(b.charAt(j))) {
            j++;
        }
        while (i < n && j < m) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            boolean sx = isSpace(x);
            boolean sy = isSpace(y);
            if (sx && sy) {
                while (i < n && isSpace(a.charAt(i))) {
                    i++;
                }
                while (j < m && isSpace(b.charAt(j))) {
                    j++;
                }
                if (i == n || j == m) {
                    break;
                }
                continue;
            }
            if (sx != sy || x != y) {
                return false;
            }
            i++;
            j++;
        }
        while (i < n && isSpace(a.charAt(i))) {
            i++;
        }
        while (j < m && isSpace(b.charAt(j))) {
            j++;
        }
        return i == n && j == m;
    }
}
