package org.l10nwb.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A problem the user can fix: bad usage, or input that cannot be read or is invalid.
 *
 * <p>Its message is one line, prefixed with the location it concerns when there is one, in the
 * form compilers use ({@code locales/ru/article.xlf:42:7: message}), so that terminals and CI
 * systems link it to the file. Commands map it to exit code 2.
 */
public class WorkbenchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;
    private Remedy remedy;
    private String remedyArgument;

    public WorkbenchException(String message) {
        this(null, message, null);
    }

    public WorkbenchException(String message, Throwable cause) {
        this(null, message, cause);
    }

    public WorkbenchException(SourcePosition position, String message) {
        this(position, message, null);
    }

    public WorkbenchException(SourcePosition position, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.position = position;
    }

    /** An input file problem without a line position. */
    public static WorkbenchException inFile(Path file, String message) {
        return new WorkbenchException(SourcePosition.of(file), message);
    }

    /**
     * Says what the user can do about it (the command line words it); {@code argument} is what the
     * remedy is about (a locale, the list of documents), or {@code null}.
     */
    public WorkbenchException remedy(Remedy remedy, String argument) {
        this.remedy = remedy;
        this.remedyArgument = argument;
        return this;
    }

    /** What the user can do about it, or {@code null}. */
    public Remedy remedy() {
        return remedy;
    }

    /** What the remedy is about, or {@code null}. */
    public String remedyArgument() {
        return remedyArgument;
    }

    /** Where the problem is, or {@code null} when it concerns no file. */
    public SourcePosition position() {
        return position;
    }

    /** The message without the location prefix. */
    public String detail() {
        return super.getMessage();
    }

    /** The full one-line message: {@code file:line:column: detail}. */
    @Override
    public String getMessage() {
        return position == null ? detail() : position.render() + ": " + detail();
    }
}
