package org.l10nwb.okapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.locale.LocaleTag;

/**
 * The language an OpenDocument edition declares: the text language of its styles
 * ({@code fo:language} and {@code fo:country} of {@code styles.xml}, which spelling, hyphenation
 * and fonts in an office suite follow) and of its metadata ({@code dc:language} of
 * {@code meta.xml}). The edition's other parts are the original's bytes ({@link OfficePackage#rewrite}),
 * so without this a Russian edition would say it is English.
 *
 * <p>The values are replaced in the text rather than through an XML parser so that the parts stay
 * the original's byte for byte but for those values; ODF writes these attributes with the
 * {@code fo} and {@code dc} prefixes its schema names. A declaration already of the edition's
 * language (an English edition of an English original) is left as it is, region and all.
 */
final class OdfLanguage {
    private static final Pattern STYLE_LANGUAGE = Pattern.compile("fo:language=\"([^\"]*)\"(\\s+fo:country=\"[^\"]*\")?");
    private static final Pattern META_LANGUAGE = Pattern.compile("(<dc:language>)([^<]*)(</dc:language>)");

    private OdfLanguage() {
    }

    /** {@code entries} with the styles and metadata declaring {@code target} as the text's language. */
    static List<OfficePackage.Entry> declare(List<OfficePackage.Entry> entries, LocaleTag target) {
        List<OfficePackage.Entry> out = new ArrayList<>(entries.size());
        for (OfficePackage.Entry e : entries) {
            byte[] bytes = switch (e.name()) {
                case "styles.xml" -> styles(e.bytes(), target);
                case "meta.xml" -> meta(e.bytes(), target);
                default -> e.bytes();
            };
            out.add(bytes == e.bytes() ? e : new OfficePackage.Entry(e.name(), e.time(), e.method(), bytes));
        }
        return out;
    }

    private static byte[] styles(byte[] xml, LocaleTag target) {
        // the region an office suite expects beside the language: ru → RU, ka → GE, az → AZ
        String country = ULocale.addLikelySubtags(target.toULocale()).getCountry();
        String text = new String(xml, StandardCharsets.UTF_8);
        Matcher m = STYLE_LANGUAGE.matcher(text);
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            if (LocaleTag.baseLanguage(m.group(1)).equals(target.language())) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                continue;
            }
            changed = true;
            String declared = "fo:language=\"" + target.language() + "\""
                    + (country.isEmpty() ? "" : " fo:country=\"" + country + "\"");
            m.appendReplacement(sb, Matcher.quoteReplacement(declared));
        }
        m.appendTail(sb);
        return changed ? sb.toString().getBytes(StandardCharsets.UTF_8) : xml;
    }

    private static byte[] meta(byte[] xml, LocaleTag target) {
        String text = new String(xml, StandardCharsets.UTF_8);
        Matcher m = META_LANGUAGE.matcher(text);
        if (!m.find() || LocaleTag.baseLanguage(m.group(2).strip()).equals(target.language())) {
            return xml;
        }
        return (text.substring(0, m.start(2)) + target.tag() + text.substring(m.end(2))).getBytes(StandardCharsets.UTF_8);
    }
}
