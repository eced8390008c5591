package org.l10nwb.core.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.l10nwb.core.WorkbenchException;

class LocaleTagTest {
    @ParameterizedTest
    @CsvSource({"ka,ka", "ru,ru", "az,az", "az-Latn,az-Latn", "AZ-latn,az-Latn", "pt_BR,pt-BR", "en-GB,en-GB"})
    void validTagsAreCanonical(String input, String canonical) {
        assertEquals(canonical, LocaleTag.of(input).tag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "qq-ZZ", "english", "12", "-", "", "ka--"})
    void unknownOrIllFormedTagsAreUserErrors(String input) {
        assertThrows(WorkbenchException.class, () -> LocaleTag.of(input));
    }
}
