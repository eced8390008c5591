package org.l10nwb.lang;

import java.util.List;

/**
 * Some forms of a word, under the name the language module gives them: a case and number
 * ({@code genitive plural}), or the paradigm they come from ({@code fem-a}, {@code consonant
 * stem}) where the module builds forms by class rather than cell by cell.
 *
 * @param label what the forms are, or {@code null} where the module cannot name them
 * @param forms their keys, in the module's order
 */
public record FormGroup(String label, List<String> forms) {
    public FormGroup {
        forms = List.copyOf(forms);
    }
}
