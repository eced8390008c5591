package org.l10nwb.core.glossary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.l10nwb.core.xml.XmlText;

/**
 * Writes a glossary as TBX v3 (ISO 30042:2019), dialect TBX-Basic, DCA style, valid against the
 * TBX core structure schema. Output is deterministic: the same glossary gives the same bytes.
 *
 * <p>Concept ids that are not XML names (TBX requires {@code xs:ID}, so {@code 12} is not allowed)
 * are written with a {@code c} prefix.
 */
public final class TbxWriter {
    private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._-]*");

    public byte[] write(Glossary glossary, String description) {
        StringBuilder sb = new StringBuilder(4096);
        String main = glossary.sourceLanguage() != null ? glossary.sourceLanguage() : firstLanguage(glossary);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"").append(attr(main))
                .append("\" xmlns=\"").append(TbxReader.TBX_NS).append("\">\n");
        sb.append("  <tbxHeader><fileDesc><sourceDesc><p>").append(text(description))
                .append("</p></sourceDesc></fileDesc></tbxHeader>\n");
        sb.append("  <text><body>\n");
        for (Concept c : glossary.concepts()) {
            concept(c, sb);
        }
        sb.append("  </body></text>\n</tbx>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The id as written: unchanged when it is an XML name, else prefixed so that it is one. */
    public static String xmlId(String id) {
        if (NCNAME.matcher(id).matches()) {
            return id;
        }
        String cleaned = id.replaceAll("[^\\p{L}\\p{N}._-]", "-");
        return "c" + cleaned;
    }

    private static String firstLanguage(Glossary g) {
        return g.languages().isEmpty() ? "en" : g.languages().iterator().next();
    }

    private static void concept(Concept c, StringBuilder sb) {
        sb.append("    <conceptEntry id=\"").append(attr(xmlId(c.id()))).append("\">\n");
        descrip(6, "subjectField", c.subjectField(), sb);
        descrip(6, "definition", c.definition(), sb);
        notes(6, c.notes(), sb);
        for (LanguageSection s : c.languages()) {
            if (s.terms().isEmpty()) {
                continue; // TBX requires at least one termSec per langSec
            }
            sb.append("      <langSec xml:lang=\"").append(attr(s.language())).append("\">\n");
            descrip(8, "definition", s.definition(), sb);
            notes(8, s.notes(), sb);
            for (Term t : s.terms()) {
                sb.append("        <termSec>\n");
                sb.append("          <term>").append(text(t.text())).append("</term>\n");
                termNote("partOfSpeech", t.partOfSpeech(), sb);
                termNote("grammaticalGender", t.grammaticalGender(), sb);
                termNote("administrativeStatus", t.status().tbxValue(), sb);
                termNote("usageNote", t.usageNote(), sb);
                termNote(TbxReader.INFLECTION, t.inflection(), sb);
                for (String form : t.inflectedForms()) {
                    termNote(TbxReader.INFLECTED_FORM, form, sb);
                }
                notes(10, t.notes(), sb);
                sb.append("        </termSec>\n");
            }
            sb.append("      </langSec>\n");
        }
        sb.append("    </conceptEntry>\n");
    }

    private static void termNote(String type, String value, StringBuilder sb) {
        if (value != null && !value.isEmpty()) {
            sb.append("          <termNote type=\"").append(type).append("\">").append(text(value)).append("</termNote>\n");
        }
    }

    private static void descrip(int indent, String type, String value, StringBuilder sb) {
        if (value != null && !value.isEmpty()) {
            sb.append(" ".repeat(indent)).append("<descrip type=\"").append(type).append("\">")
                    .append(text(value)).append("</descrip>\n");
        }
    }

    private static void notes(int indent, List<String> notes, StringBuilder sb) {
        for (String n : new ArrayList<>(notes)) {
            sb.append(" ".repeat(indent)).append("<note>").append(text(n)).append("</note>\n");
        }
    }

    private static String text(String s) {
        return XmlText.escapeText(s);
    }

    private static String attr(String s) {
        StringBuilder sb = new StringBuilder();
        XmlText.escapeAttribute(s, sb);
        return sb.toString();
    }
}
