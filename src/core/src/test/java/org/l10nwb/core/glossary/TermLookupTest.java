package org.l10nwb.core.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.testing.Shared;

/** Looking terms up from any script, against the project's own glossary. */
class TermLookupTest {
    private static final Glossary GLOSSARY = new GlossaryLoader().load(List.of(Shared.projectRoot().resolve("glossary")));
    private final TermLookup lookup = new TermLookup(GLOSSARY);

    private String first(String query) {
        List<TermLookup.Hit> hits = lookup.find(query);
        assertTrue(!hits.isEmpty(), "nothing found for " + query);
        return hits.get(0).concept().id();
    }

    @Test
    void latinLettersFindGeorgianCyrillicAndAzerbaijaniTerms() {
        assertEquals(lookup.key("Шуша"), lookup.key("შუშა"));
        assertEquals(lookup.key("Шуша"), lookup.key("Şuşa"));
        assertEquals("shusha", first("shusha"));
        assertEquals("karabakh", first("karabakh"));
        assertEquals("karabakh", first("qarabag"));
        assertEquals("khankendi", first("hankendi"));
        assertEquals("aliyev", first("aliyev"));
        assertEquals("pashinyan", first("pashinyan"));
    }

    @Test
    void anyScriptFindsTheConceptAndAPrefixIsEnough() {
        assertEquals("shusha", first("Шуша"));
        assertEquals("zangezur-corridor", first("ზანგეზ"));
        assertEquals("zangezur-corridor", first("dəhliz"));
        assertEquals("kremlin", first("Кремль"));
    }

    @Test
    void unrelatedWordsFindNothing() {
        assertTrue(lookup.find("banana").isEmpty(), lookup.find("banana").toString());
        assertTrue(lookup.find("").isEmpty());
    }
}
