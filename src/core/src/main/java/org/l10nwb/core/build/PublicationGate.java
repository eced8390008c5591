package org.l10nwb.core.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Rule;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.project.ProjectConfig;
import org.l10nwb.core.review.Review;

/**
 * What must hold before an edition is published: no untranslated segment, no unit an editor
 * rejected, no finding at error severity and, when the project sets {@code build.require =
 * signed-off}, every unit signed off. Each rule can be overridden, one by one and explicitly; the
 * front end prints what was overridden.
 */
public final class PublicationGate {
    /** The project setting that asks for sign-off before publication. */
    public static final String REQUIRE = "build.require";

    /** Why a unit may not be published. */
    public enum Reason {
        UNTRANSLATED,
        REJECTED,
        ERROR_FINDINGS,
        NOT_SIGNED_OFF
    }

    /** A unit that blocks publication, and why ({@code detail}: what was found, for the message). */
    public record Blocker(String unitId, Reason reason, String detail) {
    }

    /** Which rules the person building has explicitly overridden. */
    public record Overrides(boolean untranslated, boolean rejected, boolean errors, boolean unsigned) {
        public static final Overrides NONE = new Overrides(false, false, false, false);

        boolean allows(Reason r) {
            return switch (r) {
                case UNTRANSLATED -> untranslated;
                case REJECTED -> rejected;
                case ERROR_FINDINGS -> errors;
                case NOT_SIGNED_OFF -> unsigned;
            };
        }
    }

    private final CheckService checks;
    private final boolean requireSignOff;

    /**
     * @param checks the project's checks, or {@code null} to leave findings out (no glossary)
     * @param requireSignOff whether every unit must be signed off
     */
    public PublicationGate(CheckService checks, boolean requireSignOff) {
        this.checks = checks;
        this.requireSignOff = requireSignOff;
    }

    /** Whether the project's settings ask for sign-off ({@code translated}, the default, or {@code signed-off}). */
    public static boolean requiresSignOff(Map<String, String> settings) {
        String v = settings.getOrDefault(REQUIRE, "translated").strip();
        return switch (v) {
            case "translated" -> false;
            case "signed-off" -> true;
            default -> throw WorkbenchException.inFile(Path.of(ProjectConfig.FILE_NAME), "'" + REQUIRE + " = " + v
                    + "': expected 'translated' or 'signed-off'");
        };
    }

    /** Everything in {@code file} that blocks its publication, unit by unit in document order. */
    public List<Blocker> blockers(Path xliff, XliffFile file) {
        List<Blocker> out = new ArrayList<>();
        for (TransUnit u : file.units()) {
            if (!u.translatable()) {
                continue;
            }
            int empty = 0;
            for (Part p : u.source().segments()) {
                if (p.content().hasText() && u.targetSegment(p.segmentId()) == null) {
                    empty++;
                }
            }
            if (empty > 0) {
                out.add(new Blocker(u.id(), Reason.UNTRANSLATED, empty + (empty == 1 ? " segment" : " segments")));
            }
            if (Review.rejected(u)) {
                out.add(new Blocker(u.id(), Reason.REJECTED, u.notes().get(u.notes().size() - 1).text()));
            }
            if (checks != null) {
                List<Finding> errors = checks.check(xliff, file.sourceLanguage(), file.targetLanguage(), u).stream()
                        .filter(f -> f.severity() == Severity.ERROR && f.rule() != Rule.UNTRANSLATED).toList();
                if (!errors.isEmpty()) {
                    out.add(new Blocker(u.id(), Reason.ERROR_FINDINGS, String.join("; ",
                            errors.stream().map(f -> f.rule().id() + ": " + f.message()).toList())));
                }
            }
            if (requireSignOff && empty == 0 && (u.state() == null || !u.state().isSignedOff())) {
                out.add(new Blocker(u.id(), Reason.NOT_SIGNED_OFF, u.state() == null ? "no state" : u.state().value()));
            }
        }
        return out;
    }

    /** The blockers that the overrides do not lift. */
    public static List<Blocker> remaining(List<Blocker> blockers, Overrides overrides) {
        return blockers.stream().filter(b -> !overrides.allows(b.reason())).toList();
    }
}
