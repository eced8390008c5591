package org.l10nwb.memory.lucene;

import java.nio.file.Path;
import java.util.List;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.ConfirmedSegment;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.model.Fragment;

/**
 * A child process for the tests: a translator confirming segments one after the other into the
 * project's memory, as a shell does on every {@code confirm}.
 */
public final class ConfirmMany {
    private ConfirmMany() {
    }

    /** Arguments: the memory folder, a name for this translator, how many segments to confirm. */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String who = args[1];
        int count = Integer.parseInt(args[2]);
        try (MemoryStore store = new MemoryStore(dir, Path.of("memory"), LocaleTag.of("en"), MemoryStore.defaultFactory())) {
            for (int i = 0; i < count; i++) {
                store.addConfirmed(LocaleTag.of("ru"), List.of(new ConfirmedSegment(
                        Fragment.text("Sentence " + i + " confirmed by " + who + "."),
                        Fragment.text("Предложение " + i + ", подтверждённое " + who + "."), null, null,
                        "locales/ru/" + who + ".xlf#" + i + ":1")));
            }
        }
        System.out.println("confirmed " + count);
    }
}
