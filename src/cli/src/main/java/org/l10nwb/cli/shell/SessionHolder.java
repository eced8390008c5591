package org.l10nwb.cli.shell;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.session.TranslationSession;

/** The file the translator has open in the shell, if any. One per shell. */
public final class SessionHolder implements AutoCloseable {
    private TranslationSession session;
    private Glossary glossary;
    private String reviewer;

    /** The open session, or a user error saying how to open one. */
    public TranslationSession require() {
        if (session == null) {
            throw new WorkbenchException("no file open: 'open LOCALE' (or 'open FILE.xlf') first");
        }
        return session;
    }

    public TranslationSession current() {
        return session;
    }

    /** The glossary of the open session, or {@code null}. */
    public Glossary glossary() {
        return glossary;
    }

    /** Who signs off in this shell (from the project or the environment). */
    public String reviewer() {
        return reviewer;
    }

    /** Makes {@code next} the open session, closing (and unlocking) the one before. */
    public void replace(TranslationSession next, Glossary nextGlossary, String nextReviewer) {
        close();
        this.session = next;
        this.glossary = nextGlossary;
        this.reviewer = nextReviewer;
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
            glossary = null;
        }
    }
}
