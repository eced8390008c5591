package org.l10nwb.cli;

import java.util.List;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.project.Project;

/** The one line the shell starts with: where it is and what to type next. */
final class Greeting {
    private Greeting() {
    }

    static String line(Projects projects) {
        String head = "workbench " + WorkbenchApplication.version() + ": ";
        Project p;
        try {
            p = projects.projectIfAny();
        } catch (WorkbenchException unreadable) {
            return head + unreadable.getMessage() + "; 'help' lists the commands, 'exit' leaves";
        }
        if (p == null) {
            return head + "not in a project; 'init DIR --source FILE --targets LOCALES' makes one, 'open FILE.xlf'"
                    + " opens a file, 'help' lists the commands";
        }
        List<String> targets = p.targetLocales().stream().map(LocaleTag::tag).toList();
        String example = targets.isEmpty() ? "LOCALE" : targets.get(0);
        return head + "project " + p.root().getFileName() + " (" + p.sourceLocale().tag() + " → "
                + String.join(", ", targets) + "); type 'open " + example + "' to start translating, 'help' for the"
                + " commands";
    }
}
