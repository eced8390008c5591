package org.l10nwb.core.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.xml.XmlTags;
import org.l10nwb.core.xml.XmlTags.Kind;
import org.l10nwb.core.xml.XmlTags.Tag;

/**
 * Where the parts of each {@code <unit>} that the model owns (each segment's or ignorable's start
 * tag, source and target, the unit's notes) are in the text of an XLIFF 2.x document, found by
 * its tags: what {@link Xliff2Splice} replaces and where positions of findings point, everything
 * else (modules, extensions, groups, white space) being copied as it is.
 */
final class Xliff2Places {
    /** The places of one document. */
    static final class Document {
        /** The root {@code <xliff>} start tag (where {@code trgLang} is). */
        Tag root;
        /** The units of each {@code <file>}, in document order (those of groups included). */
        final List<List<Unit>> files = new ArrayList<>();
    }

    /** A unit's places; offsets are in the document's text. */
    static final class Unit {
        final Tag start;
        /** Its {@code <segment>} and {@code <ignorable>} elements in order: the model's parts. */
        final List<Piece> parts = new ArrayList<>();
        /** The {@code <notes>} element's start and end tags, or {@code null}. */
        Tag notesStart;
        Tag notesEnd;
        /** Each {@code <note>} element of the unit: start and end. */
        final List<int[]> notes = new ArrayList<>();
        /** Where {@code <originalData>} starts, or -1. */
        int originalData = -1;
        /** The raw markup of each source code, by its {@code id}: {@code ph}, {@code sc}, {@code ec} tags; {@code pc}'s start tag. */
        final Map<String, String> sourceCodes = new HashMap<>();
        /** The raw {@code <ec>} tag closing each {@code sc}, by the {@code sc}'s id. */
        final Map<String, String> sourceEnds = new HashMap<>();

        Unit(Tag start) {
            this.start = start;
        }
    }

    /** A {@code <segment>} or an {@code <ignorable>}. */
    static final class Piece extends TargetPlace {
        /** Where {@code <source>} starts: the white space before it indents a new target alike. */
        int sourceStart = -1;
        /** Whether the target holds annotations ({@code mrk}, {@code sm}, {@code em}), which the model leaves out. */
        boolean annotatedTarget;

        Piece(Tag start) {
            super(start);
        }

        boolean isSegment() {
            return start.localName().equals("segment");
        }
    }

    private Xliff2Places() {
    }

    /** The places of {@code text}, a well-formed XLIFF 2.x document; its core namespace is its root's. */
    static Document find(String text) {
        Document doc = new Document();
        String core = null;
        Deque<OpenElement> stack = new ArrayDeque<>();
        Unit unit = null;
        Piece piece = null;
        boolean inSource = false;
        boolean inTarget = false;
        for (Tag t : XmlTags.scan(text)) {
            if (t.kind() == Kind.END) {
                OpenElement f = stack.pop();
                if (f.is("unit") && unit != null) {
                    doc.files.get(doc.files.size() - 1).add(unit);
                    unit = null;
                } else if (piece != null && (f.is("segment") || f.is("ignorable")) && stack.peek() != null
                        && stack.peek().is("unit")) {
                    piece = null;
                } else if (piece != null && f.is("source") && isChildOfPiece(stack)) {
                    piece.afterSource = t.end();
                    inSource = false;
                } else if (piece != null && f.is("target") && isChildOfPiece(stack)) {
                    piece.targetEnd = t;
                    inTarget = false;
                } else if (unit != null && f.is("notes") && stack.peek().is("unit")) {
                    unit.notesEnd = t;
                } else if (unit != null && f.is("note") && stack.peek().is("notes")) {
                    unit.notes.add(new int[] {f.tag().start(), t.end()});
                }
                continue;
            }
            OpenElement f = OpenElement.of(stack.peek(), t, core);
            if (core == null) {
                core = f.namespace();
                doc.root = t;
            }
            OpenElement parent = stack.peek();
            if (f.is("file") && parent != null && parent.is("xliff")) {
                doc.files.add(new ArrayList<>());
            } else if (f.is("unit") && parent != null && (parent.is("file") || parent.is("group")) && !doc.files.isEmpty()) {
                unit = new Unit(t);
            } else if (unit != null && parent != null && parent.is("unit") && (f.is("segment") || f.is("ignorable"))) {
                piece = new Piece(t);
                unit.parts.add(piece);
            } else if (unit != null && parent != null && parent.is("unit") && f.is("originalData")) {
                unit.originalData = t.start();
            } else if (unit != null && parent != null && parent.is("unit") && f.is("notes")) {
                unit.notesStart = t;
            } else if (unit != null && parent != null && parent.is("notes") && f.is("note") && t.kind() == Kind.EMPTY) {
                unit.notes.add(new int[] {t.start(), t.end()});
            } else if (piece != null && parent != null && (parent.is("segment") || parent.is("ignorable"))) {
                if (f.is("source")) {
                    piece.sourceStart = t.start();
                    inSource = t.kind() == Kind.START;
                    if (t.kind() == Kind.EMPTY) {
                        piece.afterSource = t.end();
                    }
                } else if (f.is("target") && piece.targetStart == null) {
                    piece.targetStart = t;
                    inTarget = t.kind() == Kind.START;
                }
            } else if (inTarget && (f.is("mrk") || f.is("sm") || f.is("em"))) {
                piece.annotatedTarget = true;
            } else if (inSource && f.xliff() && t.attribute("id") != null) {
                String name = t.localName();
                if (name.equals("ph") || name.equals("sc") || name.equals("pc")) {
                    unit.sourceCodes.putIfAbsent(t.attribute("id"), text.substring(t.start(), t.end()));
                }
            }
            if (inSource && f.is("ec")) {
                // an isolated <ec> has an id of its own, the others point to their <sc>
                String ref = t.attribute("startRef") != null ? t.attribute("startRef") : t.attribute("id");
                if (ref != null) {
                    unit.sourceEnds.putIfAbsent(ref, text.substring(t.start(), t.end()));
                }
            }
            if (t.kind() == Kind.START) {
                stack.push(f);
            }
        }
        return doc;
    }

    private static boolean isChildOfPiece(Deque<OpenElement> stack) {
        OpenElement p = stack.peek();
        return p != null && (p.is("segment") || p.is("ignorable"));
    }
}
