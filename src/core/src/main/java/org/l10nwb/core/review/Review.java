package org.l10nwb.core.review;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Status;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;

/**
 * An editor's decisions on a unit, as XLIFF 1.2 records them: {@code approve} signs the
 * translation off ({@code signed-off}), {@code reject} sends it back to the translator
 * ({@code needs-review-translation} with the editor's reason as a note), {@code comment} adds a
 * {@code <note from="editor">}; a correction from the review page replaces the translation and keeps
 * the earlier one in a note. Used alike by the shell and by decisions applied from a report.
 */
public final class Review {
    /** What an editor decided. */
    public enum Action {
        APPROVE, REJECT, COMMENT;

        public static Action parse(String s) {
            return switch (s == null ? "" : s.strip()) {
                case "approve" -> APPROVE;
                case "reject" -> REJECT;
                case "comment" -> COMMENT;
                default -> throw new WorkbenchException("unknown review action '" + s + "' (approve, reject or comment)");
            };
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a correction's note starts with; the earlier translation follows. */
    public static final String CORRECTED = "corrected; was: ";

    private Review() {
    }

    /**
     * The unit with the decision applied; a user error when it cannot be (nothing to sign off). A
     * reason or comment becomes a note from the reviewer that ends with when it was written
     * ({@code [2026-12-01 10:00 UTC]}): XLIFF 1.2 notes have an author but no date.
     */
    public static TransUnit apply(TransUnit u, Action action, String reviewer, String text, OffsetDateTime now) {
        return switch (action) {
            case APPROVE -> {
                List<String> empty = emptySegments(u);
                if (!empty.isEmpty()) {
                    throw new WorkbenchException("unit " + u.id() + " cannot be signed off: " + String.join(", ", empty)
                            + (empty.size() == 1 ? " has" : " have") + " no translation");
                }
                yield u.withTarget(u.target(), TargetState.SIGNED_OFF);
            }
            case REJECT -> {
                if (Status.of(u) == Status.UNTRANSLATED) {
                    throw new WorkbenchException("unit " + u.id() + " has no translation to reject");
                }
                yield withNote(u.withTarget(u.target(), TargetState.NEEDS_REVIEW_TRANSLATION), reviewer,
                        REJECTED + ": " + required(text, "reject: say why") + stamp(now));
            }
            case COMMENT -> withNote(u, reviewer, required(text, "comment: give the comment") + stamp(now));
        };
    }

    /**
     * The unit with an editor's corrected translation: the earlier one is kept in a note from the
     * editor, and the unit needs review ({@code needs-review-translation}) until it is signed off,
     * since nobody has approved the new text yet. A memory origin no longer applies to it.
     */
    public static TransUnit correct(TransUnit u, Content target, String reviewer, OffsetDateTime now) {
        String was = u.hasTarget() ? ReadableText.of(u).show(u.target()).strip() : "not translated";
        TransUnit corrected = u.withTarget(target, TargetState.NEEDS_REVIEW_TRANSLATION).withStateQualifier(null);
        return withNote(corrected, reviewer, CORRECTED + was + stamp(now));
    }

    /**
     * Whether the unit has a note from {@code from} with this text, whenever it was written (the
     * time that ends a note is left out of the comparison).
     */
    public static boolean hasNote(TransUnit u, String from, String text) {
        return text != null && u.notes().stream().anyMatch(n -> Objects.equals(n.from(), from)
                && STAMP.matcher(n.text()).replaceFirst("").strip().equals(text.strip()));
    }

    /** When a note was written, in UTC to the minute, as it ends the note's text. */
    static String stamp(OffsetDateTime now) {
        return " [" + NOTE_TIME.format(now.withOffsetSameInstant(ZoneOffset.UTC)) + " UTC]";
    }

    private static final DateTimeFormatter NOTE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern STAMP = Pattern.compile(" \\[\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\]$");

    private static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new WorkbenchException(message);
        }
        return text.strip();
    }

    /** The unit with one more note, from {@code reviewer}. */
    static TransUnit withNote(TransUnit u, String reviewer, String text) {
        List<Note> notes = new ArrayList<>(u.notes());
        notes.add(new Note(reviewer, null, text));
        return u.withNotes(notes);
    }

    /** The note text an editor's rejection starts with. */
    public static final String REJECTED = "rejected";

    /**
     * Whether an editor sent the unit back: it needs review and its latest note is an editor's
     * rejection. A translator's fix confirmed since makes it translated again; the note stays as
     * the unit's history.
     */
    public static boolean rejected(TransUnit u) {
        if (u.state() == null || !u.state().needsReview() || u.notes().isEmpty()) {
            return false;
        }
        return u.notes().get(u.notes().size() - 1).text().startsWith(REJECTED);
    }

    /** The ids ({@code 5:2}) of segments of the unit that have source text but no translation. */
    public static List<String> emptySegments(TransUnit u) {
        List<String> empty = new ArrayList<>();
        for (Part s : u.source().segments()) {
            Fragment t = u.targetSegment(s.segmentId());
            if (s.content().hasText() && (t == null || !t.hasText() && t.codes().isEmpty())) {
                empty.add(u.id() + ":" + s.segmentId());
            }
        }
        return empty;
    }

    /** The unit's translation as people read it (inline codes in short form), or {@code ""}. */
    public static String targetText(TransUnit u) {
        return u.target() == null ? "" : u.target().joined().display();
    }

    /**
     * A short fingerprint of what an editor saw: the unit's source and translation. A decision made
     * on a report is applied only while the fingerprint still matches.
     */
    public static String fingerprint(TransUnit u) {
        return shortHash(u.source().joined().display(), targetText(u));
    }

    /** The first 16 hex digits of the SHA-256 of the texts, a NUL between each two. */
    static String shortHash(String... texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < texts.length; i++) {
                if (i > 0) {
                    sha.update((byte) 0);
                }
                sha.update(texts[i].getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * Who is reviewing: the project's {@code reviewer} setting, else {@code WORKBENCH_REVIEWER},
     * else the system user name.
     */
    public static String reviewer(Map<String, String> settings, Map<String, String> environment) {
        String r = settings.get("reviewer");
        if (r == null || r.isBlank()) {
            r = environment.get("WORKBENCH_REVIEWER");
        }
        if (r == null || r.isBlank()) {
            r = System.getProperty("user.name", "editor");
        }
        return r.strip();
    }
}
