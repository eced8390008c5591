package org.l10nwb.core.session;

import java.util.List;

import org.l10nwb.core.check.Finding;

/**
 * What a command did, for the shell to print.
 *
 * @param saved whether the file was written (a command that changed nothing writes nothing)
 */
public record Change(String description, boolean saved, List<Finding> findings) {
}
