package org.l10nwb.core.terms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CliticStripperTest {

    /** What the grouping must give: every clitic tried on every word, in the module's order. */
    private static String[] scanningAll(List<String> clitics, String key) {
        List<String> out = new ArrayList<>();
        out.add(key);
        for (String c : clitics) {
            if (key.length() > c.length() + 1 && key.endsWith(c)) {
                String once = key.substring(0, key.length() - c.length());
                out.add(once);
                for (String c2 : clitics) {
                    if (once.length() > c2.length() + 1 && once.endsWith(c2)) {
                        out.add(once.substring(0, once.length() - c2.length()));
                    }
                }
            }
        }
        return out.toArray(String[]::new);
    }

    @Test
    void oneAndTwoCliticsAreStrippedAndNoMore() {
        CliticStripper s = new CliticStripper(List.of("c", "a", "da", "ca", "mi"));
        assertArrayEquals(new String[] {"ba"}, s.variants("ba"), "a remainder must be longer than one letter");
        assertArrayEquals(new String[] {"shusha", "shush"}, s.variants("shusha"));
        assertArrayEquals(new String[] {"shushac", "shusha", "shush"}, s.variants("shushac"));
        assertArrayEquals(new String[] {"shushaca", "shushac", "shusha", "shusha", "shush"}, s.variants("shushaca"),
                "one-letter and two-letter clitics, in the module's order");
        assertArrayEquals(new String[] {"bakidami", "bakida", "bakid", "baki"}, s.variants("bakidami"));
        assertArrayEquals(new String[] {"xy"}, s.variants("xy"));
        assertArrayEquals(new String[] {""}, s.variants(""));
        assertArrayEquals(new String[] {"word"}, new CliticStripper(List.of()).variants("word"));
    }

    @Test
    void groupingGivesWhatTryingEveryCliticGives() {
        Random r = new Random(3);
        String letters = "abcdəıi";
        for (int list = 0; list < 50; list++) {
            List<String> clitics = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(40); i < n; i++) {
                clitics.add(word(r, letters, 1 + r.nextInt(4)));
            }
            CliticStripper s = new CliticStripper(clitics);
            for (int w = 0; w < 400; w++) {
                String key = word(r, letters, r.nextInt(9));
                assertEquals(List.of(scanningAll(clitics, key)), List.of(s.variants(key)), clitics + " on " + key);
            }
        }
    }

    private static String word(Random r, String letters, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(letters.charAt(r.nextInt(letters.length())));
        }
        return sb.toString();
    }
}
