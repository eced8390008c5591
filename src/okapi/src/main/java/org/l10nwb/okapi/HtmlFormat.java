package org.l10nwb.okapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.filters.html.HtmlFilter;

/** HTML, through Okapi's Jericho-based filter with its default rules. */
public final class HtmlFormat extends OkapiFormat {
    public HtmlFormat() {
        super("html", "html", Set.of("html", "htm"));
    }

    @Override
    protected IFilter newFilter() {
        HtmlFilter filter = new HtmlFilter();
        filter.setParametersFromString(CONFIG);
        return filter;
    }

    /**
     * Okapi's default HTML rules with whitespace preserved: with the default (collapsing)
     * whitespace, Okapi's own writer drops line breaks around units made only of inline elements
     * (an {@code <img>} with alt text on a line of its own), so editions would not round-trip.
     */
    private static final String CONFIG = loadConfig();

    private static String loadConfig() {
        try (var in = HtmlFilter.class.getResourceAsStream("nonwellformedConfiguration.yml")) {
            if (in == null) {
                throw new IllegalStateException("Okapi's HTML configuration is missing from the class path");
            }
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return yaml.replaceFirst("(?m)^preserve_whitespace:\\s*false", "preserve_whitespace: true");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*(utf-?8)", Pattern.CASE_INSENSITIVE);

    /**
     * Okapi's HTML writer rewrites the declared charset with the output encoding's name; giving it
     * the document's own spelling of UTF-8 ({@code utf-8}, {@code UTF-8}, {@code utf8}) keeps the
     * declaration byte for byte.
     */
    @Override
    protected String outputEncodingName(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        Matcher m = CHARSET.matcher(text);
        return m.find() ? m.group(1) : "UTF-8";
    }
}
