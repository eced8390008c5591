package org.l10nwb.okapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import net.sf.okapi.lib.segmentation.SRXDocument;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.l10nwb.core.format.Segmentation;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.testing.Shared;

/**
 * The one-pass SRX search gives exactly Okapi's boundaries: on the article, on the SRX
 * conformance rules, and on megabytes of generated text that mixes what the rules look at
 * (abbreviations, numbers, ellipses, quotes, URLs, line breaks, scripts, surrogate pairs, inline
 * codes). Each case segments the same container with Okapi's {@code SRXSegmenter} and with
 * {@link SrxEngine} over the same compiled rules, and compares ranges and split positions.
 */
class SrxEngineTest {
    private static final String[] LOCALES = {"en", "ru", "ka", "az", "fr", "de", "ja", "pl", "zh"};

    private static final String[] PIECES = {
        "Mr.", "Dr.", "U.S.", "U.K.", "e.g.", "i.e.", "etc.", "vs.", "No.", "Fig.", "Jan.", "approx.", "Inc.",
        "St.", "p.m.", "a.m.", "1.", "2.3", "17.2.3", "3.14", "iv.", "IV.", "a)", "(b)", "c.", "A.", "B. C.",
        "…", "...", ". . .", "?!", "!", "?", ".", ":", ";", ",", "\"", "'", "“", "”", "‘", "’", "«", "»",
        "(", ")", "[", "]", "{", "}", "<", ">", "©", "2024", "©2024", "http://example.org/a?b=1", "https://x.io",
        "ftp://f.net/x?y", "Yahoo!", "www.", "\n", "\n\n", "\t", "  ", " ", " ", "\u2028", "😀", "𝐀", "\uD800",
        "。", "！", "？", "Привет.", "Ул.", "т.е.", "გამარჯობა.", "ა.შ.", "Azərbaycan.", "İ.", "ß.", "é", "e\u0301",
        "The", "However", "He", "She", "It", "They", "What", "When", "capt.", "Gen.", "Rev.", "Ps.", "ibid.",
        "ABS.", "abs.", "Approx.", "Mon.", "Tues.", "Sept.", "lds.", "figs.", "US.", "DC.", "Ltd.", "Corp.",
    };

    private static List<String> articleLines() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("../../locales/en/article.txt")));
        lines.addAll(Files.readAllLines(Shared.path("source-article.en.txt")));
        return lines;
    }

    /** A paragraph of words and pieces, sometimes long, sometimes almost empty. */
    private static String paragraph(Random random, List<String> words) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(10) == 0 ? 2_000 + random.nextInt(3_000) : random.nextInt(120);
        for (int i = 0; i < n; i++) {
            int k = random.nextInt(10);
            if (k < 6) {
                b.append(words.get(random.nextInt(words.size())));
            } else {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextInt(4) != 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static List<String> words() throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : articleLines()) {
            words.addAll(List.of(line.split(" ")));
        }
        return words;
    }

    /** Some paragraphs as they come from HTML: with opening, closing and isolated codes. */
    private static TextContainer withCodes(Random random, String text) {
        TextFragment f = new TextFragment();
        int id = 0;
        for (String piece : text.split("(?<= )")) {
            int k = random.nextInt(12);
            if (k == 0) {
                f.append(TagType.OPENING, "b", "<b>", ++id);
            } else if (k == 1) {
                f.append(TagType.CLOSING, "b", "</b>", id);
            } else if (k == 2) {
                f.append(new Code(TagType.PLACEHOLDER, "br", "<br/>"));
            }
            f.append(piece);
        }
        return new TextContainer(f);
    }

    private static void assertSame(ISegmenter okapi, ISegmenter ours, TextContainer container, String what) {
        okapi.computeSegments(container.clone());
        ours.computeSegments(container.clone());
        assertEquals(okapi.getSplitPositions(), ours.getSplitPositions(), what);
        assertEquals(String.valueOf(okapi.getRanges()), String.valueOf(ours.getRanges()), what);
    }

    private static void compare(SRXDocument doc, String locale, List<TextContainer> texts, String what) {
        ISegmenter okapi = doc.compileLanguageRules(LocaleId.fromBCP47(locale), null);
        ISegmenter ours = SrxEngine.of(doc.compileLanguageRules(LocaleId.fromBCP47(locale), null), null);
        assertTrue(ours instanceof SrxEngine, what);
        for (int i = 0; i < texts.size(); i++) {
            assertSame(okapi, ours, texts.get(i), what + ", " + locale + ", text " + i + ": "
                    + abbreviated(texts.get(i).getCodedText()));
        }
    }

    private static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static List<TextContainer> generated(long seed, int chars) throws IOException {
        Random random = new Random(seed);
        List<String> words = words();
        List<TextContainer> texts = new ArrayList<>();
        int total = 0;
        while (total < chars) {
            String p = paragraph(random, words);
            total += p.length();
            texts.add(random.nextInt(5) == 0 ? withCodes(random, p) : new TextContainer(p));
        }
        return texts;
    }

    private static SRXDocument defaults() {
        SRXDocument doc = new SRXDocument();
        doc.loadRules(SRXDocument.DEFAULT_SRX_RULES);
        return doc;
    }

    @Test
    void theArticleIsSegmentedAsOkapiDoes() throws IOException {
        List<TextContainer> texts = articleLines().stream().map(TextContainer::new).toList();
        for (String locale : LOCALES) {
            compare(defaults(), locale, texts, "the article with Okapi's default rules");
        }
    }

    @Test
    void megabytesOfVariedTextAreSegmentedAsOkapiDoes() throws IOException {
        compare(defaults(), "en", generated(19, 600_000), "generated text, seed 19");
        for (String locale : LOCALES) {
            compare(defaults(), locale, generated(locale.hashCode(), 40_000), "generated text, seed " + locale.hashCode());
        }
    }

    static Stream<Path> conformanceRules() throws IOException {
        try (Stream<Path> files = Files.list(Shared.path("conformance/loomchild-segment"))) {
            // Not invalid.srx (no rules), nor the files with a DOCTYPE, which Okapi's reader refuses.
            return files.filter(f -> f.toString().endsWith(".srx") && !f.getFileName().toString().startsWith("invalid")
                    && !read(f).contains("<!DOCTYPE")).sorted().toList().stream();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("conformanceRules")
    void theConformanceRulesSegmentAsOkapiDoes(Path srx) throws IOException {
        List<TextContainer> texts = new ArrayList<>(articleLines().stream().map(TextContainer::new).toList());
        texts.addAll(generated(srx.getFileName().toString().hashCode(), 100_000));
        for (String locale : new String[] {"en", "pl", "ja", "fr", "ru"}) {
            SRXDocument alone = new SRXDocument();
            alone.loadRules(srx.toString());
            compare(alone, locale, texts, srx.getFileName() + " alone");
        }
        // As a project's rules: in front of Okapi's defaults, with cascade.
        Segmentation project = new Segmentation(srx);
        try {
            for (String locale : new String[] {"en", "pl", "ja"}) {
                ISegmenter okapi = Segmenters.okapi(project, LocaleTag.of(locale));
                ISegmenter ours = Segmenters.get(project, LocaleTag.of(locale));
                assertTrue(ours instanceof SrxEngine);
                for (int i = 0; i < texts.size(); i++) {
                    assertSame(okapi, ours, texts.get(i), srx.getFileName() + " as project rules, " + locale
                            + ", text " + i + ": " + abbreviated(texts.get(i).getCodedText()));
                }
            }
        } finally {
            Segmenters.forget(srx);
        }
    }
}
