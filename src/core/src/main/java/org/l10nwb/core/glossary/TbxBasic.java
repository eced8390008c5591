package org.l10nwb.core.glossary;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the TBX-Basic dialect (DCA style) that an export must keep and {@code glossary lint}
 * checks: which data categories each element may carry, at which level, with which values
 * (after LTAC's {@code TBX-Basic_DCA.sch} and the Basic module). Written out as tables because the
 * Schematron needs an XSLT 2 processor the core does not carry; the tests check the export with the
 * Schematron itself.
 */
public final class TbxBasic {
    /** Where a data category stands. */
    public enum Level {
        CONCEPT, LANGUAGE, TERM
    }

    /** Element → data category → the levels it may stand at. */
    public static final Map<String, Map<String, Set<Level>>> BASIC = Map.of(
            "admin", Map.of("customerSubset", Set.of(Level.CONCEPT, Level.TERM), "projectSubset", Set.of(Level.CONCEPT, Level.TERM),
                    "source", Set.of(Level.CONCEPT, Level.LANGUAGE, Level.TERM)),
            "descrip", Map.of("subjectField", Set.of(Level.CONCEPT), "context", Set.of(Level.TERM),
                    "definition", Set.of(Level.CONCEPT, Level.LANGUAGE)),
            "ref", Map.of("crossReference", Set.of(Level.CONCEPT, Level.TERM)),
            "termNote", Map.of("administrativeStatus", Set.of(Level.TERM), "partOfSpeech", Set.of(Level.TERM),
                    "geographicalUsage", Set.of(Level.TERM), "grammaticalGender", Set.of(Level.TERM),
                    "termLocation", Set.of(Level.TERM), "termType", Set.of(Level.TERM)),
            "transac", Map.of("transactionType", Set.of(Level.CONCEPT, Level.LANGUAGE, Level.TERM)),
            "transacNote", Map.of("responsibility", Set.of(Level.CONCEPT, Level.LANGUAGE, Level.TERM)),
            "xref", Map.of("externalCrossReference", Set.of(Level.CONCEPT, Level.LANGUAGE, Level.TERM),
                    "xGraphic", Set.of(Level.CONCEPT, Level.LANGUAGE)));

    /** TBX-Min: a subset of Basic's categories, and usage status. */
    public static final Map<String, Map<String, Set<Level>>> MIN = Map.of(
            "admin", Map.of("customerSubset", Set.of(Level.CONCEPT, Level.TERM)),
            "descrip", Map.of("subjectField", Set.of(Level.CONCEPT)),
            "termNote", Map.of("administrativeStatus", Set.of(Level.TERM), "partOfSpeech", Set.of(Level.TERM),
                    "usageStatus", Set.of(Level.TERM)));

    /** Data category → its permitted values, where it has a pick list. */
    public static final Map<String, List<String>> PICK_LISTS = Map.of(
            "partOfSpeech", List.of("adjective", "noun", "other", "verb", "adverb"),
            "grammaticalGender", List.of("masculine", "feminine", "neuter", "other"),
            "termType", List.of("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"),
            "administrativeStatus", List.of("admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts",
                    "preferredTerm-admn-sts"),
            "usageStatus", List.of("admitted", "deprecated", "superseded", "preferred"),
            "transactionType", List.of("origination", "modification"),
            "termLocation", List.of("checkBox", "comboBox", "comboBoxElement", "dialogBox", "groupBox", "informativeMessage",
                    "interactiveMessage", "menuItem", "progressBar", "pushButton", "radioButton", "slider", "spinBox", "tab",
                    "tableText", "textBox", "toolTip", "user-definedType"));

    /**
     * DCT elements (the Basic module's namespace) → the DCA element that carries them; the
     * element name is the data category.
     */
    static final Map<String, String> DCT_ELEMENT = Map.ofEntries(Map.entry("projectSubset", "admin"),
            Map.entry("customerSubset", "admin"), Map.entry("source", "admin"), Map.entry("context", "descrip"),
            Map.entry("definition", "descrip"), Map.entry("subjectField", "descrip"), Map.entry("crossReference", "ref"),
            Map.entry("grammaticalGender", "termNote"), Map.entry("geographicalUsage", "termNote"),
            Map.entry("termLocation", "termNote"), Map.entry("termType", "termNote"), Map.entry("partOfSpeech", "termNote"),
            Map.entry("administrativeStatus", "termNote"), Map.entry("transactionType", "transac"),
            Map.entry("responsibility", "transacNote"), Map.entry("xGraphic", "xref"),
            Map.entry("externalCrossReference", "xref"));

    /** The elements a kept data category can be (see {@code TbxWriter.describe}). */
    static final Set<String> KEPT_ELEMENTS = Set.of("admin", "descrip", "termNote", "ref", "xref", "transac",
            "transacNote", "date", "adminNote", "descripNote");

    private TbxBasic() {
    }

    /** Whether TBX-Basic allows this data category on this element at this level. */
    public static boolean allowed(String element, String type, Level level) {
        Set<Level> at = BASIC.getOrDefault(element, Map.of()).get(type);
        return at != null && at.contains(level);
    }

    /** Whether a value is one TBX-Basic allows for the category (true for categories without a pick list). */
    public static boolean allowedValue(String type, String value) {
        List<String> pick = PICK_LISTS.get(type);
        return pick == null || pick.contains(value);
    }

    /**
     * The TBX-Basic part of speech for one that Basic lacks: {@code properNoun} and the other noun
     * kinds are nouns, verb and adjective kinds map likewise, the rest is {@code other}.
     */
    public static String basicPartOfSpeech(String pos) {
        if (allowedValue("partOfSpeech", pos)) {
            return pos;
        }
        String p = pos.toLowerCase(java.util.Locale.ROOT);
        if (p.contains("noun") || p.equals("name")) {
            return "noun";
        }
        for (String kind : List.of("verb", "adjective", "adverb")) {
            if (p.contains(kind)) {
                return kind;
            }
        }
        return "other";
    }

    /** The element that carries a DCT data category, or {@code null} when Basic does not know it. */
    public static String dcaElement(String dctName) {
        return DCT_ELEMENT.get(dctName);
    }
}
