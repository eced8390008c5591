package org.l10nwb.core.team;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <alt-trans>} elements of an XLIFF 1.2 file as written, by the id of their unit: the
 * reader's model does not hold them, and a merge rewrites the file from the model, so they are
 * carried over as text. Found by pattern rather than parsed because they are copied, not read,
 * and the file has been read (well-formed, no entities) by the merge already; {@code trans-unit}
 * and {@code alt-trans} elements do not nest in themselves, so the first closing tag ends each.
 */
final class AltTrans {
    private static final Pattern UNIT = Pattern.compile(
            "<trans-unit\\b[^>]*?\\bid\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*>(.*?)</trans-unit\\s*>", Pattern.DOTALL);
    private static final Pattern ALT = Pattern.compile("[ \\t]*<alt-trans\\b.*?</alt-trans\\s*>\\r?\\n?", Pattern.DOTALL);

    private AltTrans() {
    }

    static Map<String, List<String>> byUnit(byte[] xliff) {
        Map<String, List<String>> out = new HashMap<>();
        if (xliff.length == 0) {
            return out;
        }
        String text = new String(xliff, StandardCharsets.UTF_8);
        if (!text.contains("<alt-trans")) {
            return out;
        }
        Matcher u = UNIT.matcher(text);
        while (u.find()) {
            String id = unescape(u.group(1) != null ? u.group(1) : u.group(2));
            Matcher a = ALT.matcher(u.group(3));
            while (a.find()) {
                String alt = a.group();
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(alt.endsWith("\n") ? alt : alt + "\n");
            }
        }
        return out;
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
