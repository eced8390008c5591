package org.l10nwb.review.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.l10nwb.core.review.ReviewService.Report;

/**
 * Renders the editors' report: one self-contained HTML page (styles, the script
 * {@code review.js} and the Georgian font inline; a content security policy that forbids every
 * network request) from the template {@code review.html}. Every text from the XLIFF files, the glossary and the notes goes through
 * Thymeleaf's escaping ({@code th:text}, attribute processors), never through string
 * concatenation, so a segment holding {@code <script>} shows as text and runs nothing.
 */
public final class ReportRenderer {
    private static final String BASE = "org/l10nwb/review/html/";

    private static final CssClasses CSS = new CssClasses();

    private final TemplateEngine engine = new TemplateEngine();
    private final String fontRegular = base64("fonts/noto-sans-georgian-georgian-400-normal.woff2");
    private final String fontBold = base64("fonts/noto-sans-georgian-georgian-700-normal.woff2");
    private final String script = text("review.js");

    public ReportRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportRenderer.class.getClassLoader());
        resolver.setPrefix(BASE);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** The page, UTF-8. */
    public byte[] render(Report report) {
        Context ctx = new Context(Locale.ENGLISH);
        ctx.setVariable("report", report);
        ctx.setVariable("css", CSS);
        ctx.setVariable("fontRegular", fontRegular);
        ctx.setVariable("fontBold", fontBold);
        ctx.setVariable("script", script);
        return engine.process("review", ctx).getBytes(StandardCharsets.UTF_8);
    }

    private static String base64(String resource) {
        return Base64.getEncoder().encodeToString(bytes(resource));
    }

    /**
     * The page's script, kept in a file of its own so that it reads as JavaScript; it goes into
     * the page as it is, and it must never hold the text that would end the script element.
     */
    private static String text(String resource) {
        String s = new String(bytes(resource), StandardCharsets.UTF_8);
        if (s.toLowerCase(Locale.ROOT).contains("</script")) {
            throw new IllegalStateException(BASE + resource + " must not contain </script");
        }
        return s;
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(BASE + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
