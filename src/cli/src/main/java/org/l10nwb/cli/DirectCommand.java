package org.l10nwb.cli;

import java.util.List;
import java.util.OptionalInt;

/**
 * A one-shot command that can run without starting Spring Shell (about two seconds of CPU before
 * any command runs), when its command line is plain enough. Found with
 * {@link java.util.ServiceLoader}, since the commands' package depends on this one and not the
 * other way round.
 */
public interface DirectCommand {

    /**
     * Runs the command line if it is this command's and plain enough, and answers the exit code;
     * empty leaves it to Spring Shell, which then reads it as it always does.
     *
     * @param args the command line without the global options
     */
    OptionalInt run(List<String> args, GlobalOptions global);
}
