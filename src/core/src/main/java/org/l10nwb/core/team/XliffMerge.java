package org.l10nwb.core.team;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xliff.XliffWriter;

/**
 * The three-way merge of an XLIFF file, unit by unit. A unit changed on one side only takes that
 * side's version; a unit changed on both sides in the same way is kept once. A unit changed on
 * both sides differently (a clash) keeps the newer version and records the other in a note
 * ({@link #NOTE_FROM}), its state set to {@code needs-review-translation} so that an editor
 * decides; notes either side added are all kept.
 *
 * <p>"Newer": XLIFF 1.2 records no time per target, so the time is the latest note stamp
 * ({@code [yyyy-MM-dd HH:mm UTC]}, which every editor's decision leaves) among the notes the side
 * added since the base; a side with a later stamp wins, and without one, or on a tie, ours wins
 * (in a pull: the local translator's, who is there to look at the note).
 *
 * <p>The document's structure (files, unit order) is ours; units only the other side has are
 * inserted after the unit they follow there.
 */
public final class XliffMerge {
    /** Who the note recording a clash is from. */
    public static final String NOTE_FROM = "merge";

    private static final Pattern STAMP = Pattern.compile("\\[(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}) UTC\\]$");
    private static final DateTimeFormatter NOTE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What a merge gave: the file, the units taken from the other side, and the clashes. */
    public record Result(byte[] bytes, int fromTheirs, List<Clash> clashes) {
    }

    /** A unit changed on both sides: which side was kept. */
    public record Clash(String unitId, boolean keptOurs) {
    }

    private final OffsetDateTime now;
    private Map<TransUnit, String> alternatives;
    private Map<String, List<String>> altOurs;
    private Map<String, List<String>> altTheirs;

    /** @param now when the merge is made, for the note's stamp */
    public XliffMerge(OffsetDateTime now) {
        this.now = now;
    }

    public Result merge(Path display, byte[] base, byte[] ours, byte[] theirs) {
        alternatives = new IdentityHashMap<>();
        altOurs = AltTrans.byUnit(ours);
        altTheirs = AltTrans.byUnit(theirs);
        XliffReader reader = new XliffReader();
        XliffDocument o = reader.read(display, ours);
        XliffDocument t = reader.read(display, theirs);
        XliffDocument b = base.length == 0 ? new XliffDocument(List.of()) : reader.read(display, base);
        List<Clash> clashes = new ArrayList<>();
        int[] fromTheirs = {0};
        List<XliffFile> files = new ArrayList<>();
        for (XliffFile of : o.files()) {
            XliffFile tf = t.file(of.original()).orElse(null);
            XliffFile bf = b.file(of.original()).orElse(null);
            if (tf == null) {
                files.add(of);
                continue;
            }
            files.add(of.withUnits(mergeUnits(of.units(), tf.units(), bf == null ? List.of() : bf.units(),
                    clashes, fromTheirs)));
        }
        for (XliffFile tf : t.files()) {
            if (o.file(tf.original()).isEmpty()) {
                files.add(tf);
            }
        }
        byte[] merged = new XliffWriter().toString(new XliffDocument(files), alternatives).getBytes(StandardCharsets.UTF_8);
        return new Result(merged, fromTheirs[0], clashes);
    }

    private List<TransUnit> mergeUnits(List<TransUnit> ours, List<TransUnit> theirs, List<TransUnit> base,
            List<Clash> clashes, int[] fromTheirs) {
        Map<String, TransUnit> t = byId(theirs);
        Map<String, TransUnit> b = byId(base);
        Map<String, TransUnit> out = new LinkedHashMap<>();
        for (TransUnit o : ours) {
            TransUnit other = t.get(o.id());
            TransUnit was = b.get(o.id());
            TransUnit merged;
            String recorded = null;
            if (other == null || same(o, other) || (was != null && same(other, was))) {
                merged = o;
            } else if (was != null && same(o, was)) {
                merged = other;
                fromTheirs[0]++;
            } else {
                boolean keepOurs = !newer(other, o, was);
                TransUnit kept = keepOurs ? o : other;
                TransUnit lost = keepOurs ? other : o;
                merged = clash(kept, lost, was, keepOurs);
                if (!Objects.equals(kept.target(), lost.target())) {
                    recorded = alternative(lost, merged);
                }
                clashes.add(new Clash(o.id(), keepOurs));
            }
            out.put(o.id(), merged);
            carry(merged, recorded);
        }
        // units only the other side has (added there) go after the unit they follow there
        List<TransUnit> result = new ArrayList<>(out.values());
        String previous = null;
        for (TransUnit u : theirs) {
            if (!out.containsKey(u.id())) {
                int at = previous == null ? 0 : indexOf(result, previous) + 1;
                result.add(at, u);
                out.put(u.id(), u);
                carry(u, null);
                fromTheirs[0]++;
            }
            previous = u.id();
        }
        return result;
    }

    /** The kept unit with the notes of both and a note giving the other version; needs review when the texts differ. */
    private TransUnit clash(TransUnit kept, TransUnit lost, TransUnit base, boolean keptOurs) {
        List<Note> notes = new ArrayList<>(kept.notes());
        for (Note n : lost.notes()) {
            if (!notes.contains(n)) {
                notes.add(n);
            }
        }
        if (Objects.equals(kept.target(), lost.target())) {
            return kept.withNotes(notes); // the same translation; only the notes or the state differed
        }
        String other = lost.target() == null ? "" : lost.target().joined().display();
        String state = lost.state() == null ? "" : ", " + lost.state();
        notes.add(new Note(NOTE_FROM, "target", "also translated as (" + (keptOurs ? "theirs" : "ours") + state
                + "): " + other + " [" + NOTE_TIME.format(now.withOffsetSameInstant(ZoneOffset.UTC)) + " UTC]"));
        return kept.withTarget(kept.target(), TargetState.NEEDS_REVIEW_TRANSLATION).withNotes(notes)
                .withStateQualifier(kept.stateQualifier());
    }

    /** The {@code <alt-trans>} recording the version a clash did not keep, with the note the merge gave the unit. */
    private String alternative(TransUnit lost, TransUnit merged) {
        Note note = merged.notes().get(merged.notes().size() - 1);
        return new XliffWriter().altTrans(lost, null, NOTE_FROM, note);
    }

    /** The unit's {@code <alt-trans>} elements from both sides (once each), and the one a clash records. */
    private void carry(TransUnit merged, String recorded) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        all.addAll(altOurs.getOrDefault(merged.id(), List.of()));
        all.addAll(altTheirs.getOrDefault(merged.id(), List.of()));
        if (recorded != null) {
            all.add(recorded);
        }
        if (!all.isEmpty()) {
            alternatives.put(merged, String.join("", all));
        }
    }

    /** Whether {@code a} was changed later than {@code b}, by the latest note stamp each added since the base. */
    private static boolean newer(TransUnit a, TransUnit b, TransUnit base) {
        String ta = latestStamp(a, base);
        String tb = latestStamp(b, base);
        return ta != null && (tb == null || ta.compareTo(tb) > 0);
    }

    private static String latestStamp(TransUnit u, TransUnit base) {
        String latest = null;
        for (Note n : u.notes()) {
            if (base != null && base.notes().contains(n)) {
                continue;
            }
            Matcher m = STAMP.matcher(n.text());
            if (m.find() && (latest == null || m.group(1).compareTo(latest) > 0)) {
                latest = m.group(1); // yyyy-MM-dd HH:mm compares as text
            }
        }
        return latest;
    }

    /** The same content, wherever it stands in its file. */
    private static boolean same(TransUnit a, TransUnit b) {
        return Objects.equals(a.source(), b.source()) && Objects.equals(a.target(), b.target())
                && Objects.equals(a.state(), b.state()) && Objects.equals(a.stateQualifier(), b.stateQualifier())
                && a.segmented() == b.segmented() && a.attributes().equals(b.attributes()) && a.notes().equals(b.notes());
    }

    private static Map<String, TransUnit> byId(List<TransUnit> units) {
        Map<String, TransUnit> m = new HashMap<>();
        for (TransUnit u : units) {
            m.put(u.id(), u);
        }
        return m;
    }

    private static int indexOf(List<TransUnit> units, String id) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id().equals(id)) {
                return i;
            }
        }
        return units.size() - 1;
    }
}
