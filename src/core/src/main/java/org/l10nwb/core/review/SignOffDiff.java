package org.l10nwb.core.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.review.ReviewService.Changed;
import org.l10nwb.core.xliff.XliffDocuments;

/** The units of an XLIFF file whose translation is no longer what was signed off, word by word, as written. */
final class SignOffDiff {
    private SignOffDiff() {
    }

    static List<Changed> of(Path xliff) {
        SignOffLog log = SignOffLog.of(xliff);
        XliffDocument doc = XliffDocuments.read(xliff);
        List<Changed> out = new ArrayList<>();
        for (XliffFile f : doc.files()) {
            ULocale locale = new ULocale(f.targetLanguage() == null ? "und" : f.targetLanguage());
            for (TransUnit u : f.units()) {
                SignOffLog.Entry e = log.get(u.id());
                if (e != null && !e.target().equals(Review.targetText(u))) {
                    // The log keeps the short form (<g1>); editors read placeholders (⟨1⟩).
                    ReadableText readable = ReadableText.of(u);
                    String was = readable.showShortForm(e.target());
                    String now = u.target() == null ? "" : readable.show(u.target());
                    out.add(new Changed(u.id(), e, was, now, u.state() == null ? "" : u.state().value(),
                            TextDiff.marked(was, now, locale)));
                }
            }
        }
        return out;
    }
}
