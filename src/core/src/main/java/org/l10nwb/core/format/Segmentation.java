package org.l10nwb.core.format;

import java.nio.file.Path;

/**
 * Which sentence-segmentation rules to use.
 *
 * @param projectRules an SRX 2.0 file whose rules take precedence over the defaults, or
 *     {@code null} for the defaults alone
 */
public record Segmentation(Path projectRules) {
    public static final Segmentation DEFAULT = new Segmentation(null);
}
