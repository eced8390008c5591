package org.l10nwb.core.xliff;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;

/**
 * The line and column of every unit, target and target segment of an XLIFF 2.x document, found
 * in its text ({@link Xliff2Places}) and given to the units an adapter read from it, so that
 * findings in 2.x files point where those in 1.2 files do: a unit just after its start tag, a
 * target where its content starts.
 */
final class Xliff2Positions {
    private final Path file;
    private final int[] lineStarts;

    private Xliff2Positions(Path file, String text) {
        this.file = file;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    /** {@code doc} (read from {@code bytes}) with positions; as it is when its units cannot be matched with the text. */
    static XliffDocument attach(Path file, byte[] bytes, XliffDocument doc) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
        Xliff2Places.Document places;
        try {
            places = Xliff2Places.find(text);
        } catch (RuntimeException e) {
            return doc; // the reader accepted it, so it is well-formed; positions are a help, not a must
        }
        if (places.files.size() != doc.files().size()) {
            return doc;
        }
        Xliff2Positions p = new Xliff2Positions(file, text);
        List<XliffFile> files = new ArrayList<>();
        for (int i = 0; i < doc.files().size(); i++) {
            XliffFile f = doc.files().get(i);
            List<Xliff2Places.Unit> units = places.files.get(i);
            if (units.size() != f.units().size()) {
                return doc;
            }
            List<TransUnit> out = new ArrayList<>();
            for (int j = 0; j < units.size(); j++) {
                out.add(p.unit(units.get(j), f.units().get(j)));
            }
            files.add(new XliffFile(f.original(), f.datatype(), f.sourceLanguage(), f.targetLanguage(), f.attributes(), out));
        }
        return new XliffDocument(files);
    }

    private TransUnit unit(Xliff2Places.Unit place, TransUnit u) {
        SourcePosition target = null;
        Map<String, SourcePosition> segments = new HashMap<>();
        List<Part> parts = u.source().parts();
        for (int i = 0; i < Math.min(parts.size(), place.parts.size()); i++) {
            Xliff2Places.Piece piece = place.parts.get(i);
            if (piece.targetStart == null) {
                continue;
            }
            SourcePosition at = at(piece.targetStart.end());
            target = target == null ? at : target;
            if (parts.get(i).isSegment()) {
                segments.put(parts.get(i).segmentId(), at);
            }
        }
        return new TransUnit(u.id(), u.source(), u.target(), u.state(), u.stateQualifier(), u.segmented(), u.attributes(),
                u.notes(), at(place.start.end()), target, segments, u.confirmedSegments());
    }

    private SourcePosition at(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return SourcePosition.of(file, line + 1, offset - lineStarts[line] + 1);
    }
}
