package org.l10nwb.core.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TransUnit;

/**
 * A unit's text as editors read and type it: inline codes as placeholders {@code ⟨1⟩bold⟨/1⟩}
 * and {@code ⟨2/⟩} rather than the short form {@code <g1>} or the XLIFF markup. The short form
 * looks like HTML, and an editor who sees tags types tags; the mathematical angle brackets
 * (U+27E8, U+27E9) do not occur in running text, so a placeholder is never mistaken for text and
 * text is never mistaken for a placeholder.
 *
 * <p>A placeholder names a code by its {@code id}. When two different codes of the unit would get
 * the same placeholder (a {@code bpt} and its {@code ept}, which share an id, or codes without an
 * id), their element is added ({@code ⟨bpt1/⟩}), and then a number. The labels are made from the
 * source's codes and then the target's, so the source and the translation say the same thing.
 */
public final class ReadableText {
    /** Anything shaped like a placeholder; whether it is one of the unit's is a lookup. */
    static final Pattern PLACEHOLDER = Pattern.compile("\u27e8/?[^\u27e8\u27e9\\s/]+/?\u27e9");

    /** A code as far as a placeholder tells codes apart: a closing tag is the same whatever opened it. */
    private record Key(Run.CodeKind kind, String element, String id, String xml) {
        static Key of(Run.Code c) {
            return new Key(c.kind(), c.element(), c.id(), c.kind() == Run.CodeKind.CLOSING ? "" : c.xml());
        }
    }

    private final Map<Key, String> placeholders = new HashMap<>();
    private final Map<String, Run.Code> codes = new LinkedHashMap<>();
    private final Map<String, String> shortForms = new HashMap<>();

    private ReadableText(List<Run.Code> all) {
        Map<Key, Run.Code> distinct = new LinkedHashMap<>();
        all.forEach(c -> distinct.putIfAbsent(Key.of(c), c));
        Map<Key, String> bases = new LinkedHashMap<>();
        distinct.keySet().forEach(k -> bases.put(k, k.id().isEmpty() ? k.element() : k.id()));
        disambiguate(bases, k -> k.element() + k.id());
        int[] n = {0};
        disambiguate(bases, k -> k.element() + k.id() + "\u00b7" + ++n[0]);
        for (Map.Entry<Key, String> e : bases.entrySet()) {
            String p = shape(e.getKey().kind(), e.getValue());
            Run.Code c = distinct.get(e.getKey());
            placeholders.put(e.getKey(), p);
            codes.put(p, c);
            shortForms.putIfAbsent(c.display(), p);
        }
    }

    /** The placeholders of every code in the unit's source and target. */
    public static ReadableText of(TransUnit u) {
        List<Run.Code> all = new ArrayList<>(u.source().joined().codes());
        if (u.target() != null) {
            all.addAll(u.target().joined().codes());
        }
        return new ReadableText(all);
    }

    private static String shape(Run.CodeKind kind, String base) {
        return switch (kind) {
            case OPENING -> "\u27e8" + base + "\u27e9";
            case CLOSING -> "\u27e8/" + base + "\u27e9";
            case STANDALONE -> "\u27e8" + base + "/\u27e9";
        };
    }

    /** Gives the keys whose placeholders collide the longer label {@code longer} makes. */
    private static void disambiguate(Map<Key, String> bases, java.util.function.Function<Key, String> longer) {
        Map<String, Integer> uses = new HashMap<>();
        bases.forEach((k, b) -> uses.merge(shape(k.kind(), b), 1, Integer::sum));
        bases.replaceAll((k, b) -> uses.get(shape(k.kind(), b)) > 1 ? longer.apply(k) : b);
    }

    /** The placeholder of a code of the unit. */
    public String placeholder(Run.Code c) {
        String p = placeholders.get(Key.of(c));
        if (p == null) {
            throw new IllegalArgumentException("not a code of this unit: " + c.display());
        }
        return p;
    }

    /** The placeholders of a fragment's codes, in order. */
    public List<String> placeholders(Fragment f) {
        return f.codes().stream().map(this::placeholder).toList();
    }

    /** The fragment as editors read it. */
    public String show(Fragment f) {
        StringBuilder sb = new StringBuilder();
        for (Run r : f.runs()) {
            sb.append(r instanceof Run.Text t ? t.text() : placeholder((Run.Code) r));
        }
        return sb.toString();
    }

    /** A whole content (segments and what lies between them) as editors read it. */
    public String show(Content c) {
        StringBuilder sb = new StringBuilder();
        for (Part p : c.parts()) {
            sb.append(show(p.content()));
        }
        return sb.toString();
    }

    /**
     * Text in the short form ({@code <g1>}, as the sign-off log keeps it) as editors read it: each
     * short form of one of the unit's codes becomes its placeholder.
     */
    public String showShortForm(String text) {
        if (shortForms.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("</?[^<>\\s]+/?>").matcher(text);
        int at = 0;
        while (m.find()) {
            String p = shortForms.get(m.group());
            if (p != null) {
                sb.append(text, at, m.start()).append(p);
                at = m.end();
            }
        }
        return sb.append(text.substring(at)).toString();
    }

    /** Whether a piece of text is one of the unit's placeholders. */
    public boolean isPlaceholder(String text) {
        return codes.containsKey(text);
    }

    /**
     * Typed text back into content: each placeholder becomes the code it stands for, exactly as
     * the XLIFF file had it. A placeholder the unit has no code for is a user error.
     */
    public Fragment parse(String text) {
        List<Run> runs = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            Run.Code c = codes.get(m.group());
            if (c == null) {
                throw new WorkbenchException(m.group() + " is not an inline code of this unit"
                        + (codes.isEmpty() ? " (it has none)" : " (its codes are " + String.join(" ", codes.keySet()) + ")"));
            }
            runs.add(new Run.Text(text.substring(at, m.start())));
            runs.add(c);
            at = m.end();
        }
        runs.add(new Run.Text(text.substring(at)));
        return Fragment.of(runs); // merges the text runs and drops empty ones
    }
}
