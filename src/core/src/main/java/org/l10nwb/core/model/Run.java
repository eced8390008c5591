package org.l10nwb.core.model;

import java.util.Objects;

/** One piece of inline content: plain text or an inline code. */
public sealed interface Run permits Run.Text, Run.Code {

    /** Plain text, unescaped. */
    record Text(String text) implements Run {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An inline code, kept as the exact XLIFF 1.2 markup it stands for.
     *
     * @param kind whether it opens or closes a paired element, or stands alone
     * @param element the XLIFF element name ({@code g}, {@code x}, {@code ph}, {@code bpt}…)
     * @param id the {@code id} attribute, or the empty string
     * @param xml the markup: the start tag for an opening code, the end tag for a closing one, the
     *     whole element (with its native-code content) for a standalone one
     */
    record Code(CodeKind kind, String element, String id, String xml) implements Run {
        public Code {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(xml, "xml");
        }

        /** A short readable form for users: {@code <g1>}, {@code </g1>}, {@code <x2/>}. */
        public String display() {
            return switch (kind) {
                case OPENING -> "<" + element + id + ">";
                case CLOSING -> "</" + element + id + ">";
                case STANDALONE -> "<" + element + id + "/>";
            };
        }
    }

    /** How an inline code relates to its neighbours. */
    enum CodeKind {
        OPENING,
        CLOSING,
        STANDALONE
    }
}
