package org.l10nwb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.terms.IndexedTerm;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.xml.XmlText;

/**
 * The check benchmarks' synthetic project: a glossary of N concepts (en, ru, ka, az; a third with
 * a deprecated variant per language) and U translated units across three XLIFF files (ru, ka,
 * az), each unit a sentence of some twenty words with two or three term mentions in a random
 * inflected form and now and then a forbidden one, the rest words of the target language.
 */
final class SyntheticProject {
    private static final String[] LANGS = {"ru", "ka", "az"};

    private SyntheticProject() {
    }

    private static final String[] LATIN = {"ka", "ro", "zan", "ge", "mir", "tol", "ba", "shu", "ven", "dar", "li", "nos",
        "ter", "gu", "pal", "vi", "sem", "chor", "bel", "an"};
    private static final String[] CYR = {"ка", "ро", "зан", "ге", "мир", "тол", "ба", "шу", "вен", "дар", "ли", "нос",
        "тер", "гу", "пал", "ви", "сем", "чор", "бел", "ан"};
    private static final String[] CYR_END = {"", "а", "ия", "ский", "ов", "ь", "о"};
    private static final String[] KA = {"კა", "რო", "ზან", "გე", "მირ", "თოლ", "ბა", "შუ", "ვენ", "დარ", "ლი", "ნოს",
        "ტერ", "გუ", "პალ", "ვი", "სემ", "ჩორ", "ბელ", "ან"};
    private static final String[] KA_END = {"ი", "ა", "ო", "ანი"};
    private static final String[] AZ = {"ka", "ro", "zən", "gə", "mir", "tol", "ba", "şu", "vən", "dar", "li", "nös",
        "tər", "gu", "pal", "vi", "səm", "çor", "bəl", "an"};
    private static final String[] FILLER = {"the", "city", "of", "and", "was", "never", "about", "for", "years",
        "after", "war", "people", "power", "move", "its", "new", "old", "their", "real", "time"};
    /** The same twenty words in each target language, so that translations read as translations to the quality checks. */
    private static final java.util.Map<String, String[]> TARGET_FILLER = java.util.Map.of(
            "ru", new String[] {"город", "и", "был", "никогда", "о", "для", "лет", "после", "войны", "люди", "власть", "ход",
                "его", "новый", "старый", "их", "реальный", "время", "в", "не"},
            "ka", new String[] {"ქალაქი", "და", "იყო", "არასოდეს", "შესახებ", "წლის", "შემდეგ", "ომის", "ხალხი", "ძალა",
                "სვლა", "მისი", "ახალი", "ძველი", "მათი", "რეალური", "დრო", "არ", "კი", "რომ"},
            "az", new String[] {"şəhər", "və", "idi", "heç", "haqqında", "üçün", "il", "sonra", "müharibə", "insanlar",
                "güc", "gediş", "onun", "yeni", "köhnə", "onların", "həqiqi", "vaxt", "bu", "ki"});

    private static String word(Random r, String[] syllables, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(syllables[r.nextInt(syllables.length)]);
        }
        return sb.toString();
    }

    private static String cap(String s) {
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    static Glossary glossary(int n, Random r) {
        List<Concept> concepts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean two = r.nextInt(4) == 0;
            String en = cap(word(r, LATIN, 3)) + i + (two ? " " + word(r, LATIN, 2) : "");
            String ru = cap(word(r, CYR, 2)) + numberWord(i, CYR) + CYR_END[r.nextInt(CYR_END.length)]
                    + (two ? " " + word(r, CYR, 2) + "а" : "");
            String ka = word(r, KA, 2) + numberWord(i, KA) + KA_END[r.nextInt(KA_END.length)]
                    + (two ? " " + word(r, KA, 2) + "ი" : "");
            String az = cap(word(r, AZ, 2)) + numberWord(i, AZ) + (two ? " " + word(r, AZ, 2) + "i" : "");
            List<LanguageSection> sections = new ArrayList<>();
            sections.add(section("en", en, null));
            boolean contested = r.nextInt(3) == 0;
            sections.add(section("ru", ru, contested ? cap(word(r, CYR, 3)) + numberWord(i, CYR) : null));
            sections.add(section("ka", ka, contested ? word(r, KA, 3) + numberWord(i, KA) + "ი" : null));
            sections.add(section("az", az, contested ? cap(word(r, AZ, 3)) + numberWord(i, AZ) : null));
            concepts.add(new Concept("c" + i, null, null, List.of(), sections, null));
        }
        return new Glossary(List.of(), "en", concepts);
    }

    /** A unique letter sequence per number, so that terms never collide by accident. */
    private static String numberWord(int i, String[] syllables) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append(syllables[i % syllables.length]);
            i /= syllables.length;
        } while (i > 0);
        return sb.toString();
    }

    private static LanguageSection section(String lang, String preferred, String deprecated) {
        List<Term> terms = new ArrayList<>();
        terms.add(Term.of(preferred, TermStatus.PREFERRED));
        if (deprecated != null) {
            terms.add(Term.of(deprecated, TermStatus.DEPRECATED));
        }
        return new LanguageSection(lang, null, List.of(), terms);
    }

    static List<Path> writeUnits(Path dir, Glossary g, int units, Languages languages, Random r)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (int l = 0; l < LANGS.length; l++) {
            String lang = LANGS[l];
            TermIndex index = TermIndex.build(g, lang, languages);
            List<IndexedTerm> allowed = index.terms().stream().filter(t -> t.term().allowed()).toList();
            List<IndexedTerm> forbidden = index.terms().stream().filter(t -> !t.term().allowed()).toList();
            StringBuilder sb = new StringBuilder(units * 200);
            sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n")
                    .append("<file original=\"bench.txt\" datatype=\"plaintext\" source-language=\"en\" target-language=\"")
                    .append(lang).append("\"><body>\n");
            int count = units / LANGS.length + (l < units % LANGS.length ? 1 : 0);
            for (int u = 0; u < count; u++) {
                StringBuilder src = new StringBuilder();
                StringBuilder trg = new StringBuilder();
                int mentions = 2 + r.nextInt(2);
                for (int m = 0; m < mentions; m++) {
                    IndexedTerm t = allowed.get(r.nextInt(allowed.size()));
                    filler(r, src, 5, FILLER);
                    filler(r, trg, 5, TARGET_FILLER.get(lang));
                    src.append(t.concept().terms("en").get(0).text()).append(' ');
                    trg.append(randomForm(t, r)).append(' ');
                }
                if (!forbidden.isEmpty() && r.nextInt(20) == 0) {
                    trg.append(randomForm(forbidden.get(r.nextInt(forbidden.size())), r)).append(' ');
                }
                filler(r, src, 4, FILLER);
                filler(r, trg, 4, TARGET_FILLER.get(lang));
                if (r.nextInt(3) == 0) {
                    int year = 1990 + r.nextInt(35);
                    src.append("in ").append(year).append(' ');
                    trg.append(year).append(' ');
                }
                src.setLength(src.length() - 1);
                src.append(". ");
                trg.setLength(trg.length() - 1);
                trg.append(". ");
                sb.append("<trans-unit id=\"").append(u + 1).append("\"><source>").append(XmlText.escapeText(src.toString().strip()))
                        .append("</source><target state=\"translated\">").append(XmlText.escapeText(trg.toString().strip()))
                        .append("</target></trans-unit>\n");
            }
            sb.append("</body></file>\n</xliff>\n");
            Path f = dir.resolve(lang + ".xlf");
            Files.writeString(f, sb, StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    private static String randomForm(IndexedTerm t, Random r) {
        StringBuilder sb = new StringBuilder();
        for (var forms : t.wordForms()) {
            // sorted: the forms come as a set without a fixed order, and the input must be the same in every run
            List<String> list = forms.stream().sorted().toList();
            sb.append(list.get(r.nextInt(list.size()))).append(' ');
        }
        return sb.toString().strip();
    }

    /** {@code n} words, never the same twice in a row (a doubled word is a finding). */
    private static void filler(Random r, StringBuilder sb, int n, String[] words) {
        int last = -1;
        for (int i = 0; i < n; i++) {
            int w = r.nextInt(words.length - 1);
            w = w >= last && last >= 0 ? w + 1 : w;
            last = w;
            sb.append(words[w]).append(' ');
        }
    }
}
