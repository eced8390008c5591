package org.l10nwb.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.GlossaryLint;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.core.lang.Languages;

class TermIndexesTest {
    private final Glossary glossary = new Glossary(List.of(), "en", List.of(new Concept("shusha", null, null, List.of(),
            List.of(new LanguageSection("en", null, List.of(), List.of(Term.of("Shusha", TermStatus.PREFERRED))),
                    new LanguageSection("ru", null, List.of(), List.of(Term.of("Шуша", TermStatus.PREFERRED),
                            Term.of("Шуши", TermStatus.DEPRECATED)))), null)));

    @Test
    void everyUserOfAGlossaryGetsTheSameIndexPerLanguage() {
        Languages languages = Languages.installed();
        assertSame(languages, Languages.installed());
        TermIndex ru = TermIndexes.of(glossary, languages).get("ru");
        assertSame(ru, TermIndexes.of(glossary, Languages.installed()).get("ru"));
        assertNotSame(ru, TermIndexes.of(glossary, languages).get("en"));
        assertNotSame(ru, TermIndexes.of(glossary, new Languages(List.of())).get("ru"), "other modules, other index");
        // the users in the check package go through the glossary's indexes too
        new CheckService(glossary, languages, CheckConfig.fromSettings(java.util.Map.of())).check(List.of(), List.of());
        new GlossaryLint(languages).lint(glossary, List.of("ru"));
        assertSame(ru, TermIndexes.of(glossary, languages).get("ru"));
    }

    @Test
    void theIndexesOfAGlossaryNoLongerInUseAreFreed() throws InterruptedException {
        // a glossary of its own: the field's is held by the test instance
        Glossary read = new Glossary(List.of(), "en", glossary.concepts());
        java.lang.ref.WeakReference<TermIndex> index = new java.lang.ref.WeakReference<>(
                TermIndexes.of(read, Languages.installed()).get("ru"));
        java.lang.ref.WeakReference<Glossary> gone = new java.lang.ref.WeakReference<>(read);
        read = null;
        for (int i = 0; i < 50 && (gone.get() != null || index.get() != null); i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(gone.get(), "the glossary is freed once no one uses it");
        assertNull(index.get(), "and its indexes with it");
    }

    @Test
    void oneIndexFindsAlikeFromSeveralThreads() throws Exception {
        TermIndex ru = TermIndexes.of(glossary, Languages.installed()).get("ru");
        String text = "В Шуше, в Шуши и снова в Шуше. ".repeat(50);
        List<TermMatch> expected = ru.find(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TermMatch>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> {
                    List<TermMatch> last = null;
                    for (int k = 0; k < 50; k++) {
                        last = ru.find(text);
                    }
                    return last;
                }));
            }
            for (Future<List<TermMatch>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
