package org.l10nwb.core.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.l10nwb.core.Paths2;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckResult;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Severity;

/**
 * JUnit XML as CI systems read it, valid against the schema Jenkins and Surefire consumers follow
 * ({@code jenkins-junit.xsd}): a test suite per XLIFF file, a test case per checked unit, named by
 * the unit's id and the first words of its source. Findings at or above the failing severity are
 * {@code <failure>}s; lower ones are listed in the case's {@code <system-out>}, with the suppressed ones and their
 * reasons; untranslated units
 * are {@code <skipped>}. A file that could not be read is a suite of one case in {@code <error>}.
 * The schema has no file or line attributes: the place is in each failure's text.
 */
public final class JUnitReport {
    private JUnitReport() {
    }

    public static void write(CheckResult result, Severity failOn, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            long tests = result.unreadable().size();
            long failures = 0;
            for (CheckResult.FileResult f : result.files()) {
                tests += f.units().size();
                failures += f.units().stream().filter(u -> failing(u, failOn)).count();
            }
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "workbench check");
            w.writeAttribute("tests", Long.toString(tests));
            w.writeAttribute("failures", Long.toString(failures));
            w.writeAttribute("errors", Integer.toString(result.unreadable().size()));
            w.writeCharacters("\n");
            for (CheckResult.Unreadable u : result.unreadable()) {
                unreadable(w, u);
            }
            for (CheckResult.FileResult f : result.files()) {
                suite(w, f, failOn);
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new WorkbenchException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    /** The words of a source a test case name shows; enough to recognise the unit in a CI listing. */
    static final int NAME_WORDS = 6;

    /** {@code 7: Shusha and the Zangezur Corridor}, or the first words and an ellipsis. */
    static String caseName(CheckResult.UnitResult u) {
        String[] words = u.source().strip().split("\\s+");
        StringBuilder sb = new StringBuilder(u.unitId());
        if (words.length > 0 && !words[0].isEmpty()) {
            sb.append(':');
            for (int i = 0; i < Math.min(words.length, NAME_WORDS); i++) {
                sb.append(' ').append(words[i]);
            }
            if (words.length > NAME_WORDS) {
                sb.append(" \u2026");
            }
        }
        return sb.toString();
    }

    private static void unreadable(XMLStreamWriter w, CheckResult.Unreadable u) throws XMLStreamException {
        String name = Paths2.display(u.position().file());
        w.writeCharacters("  ");
        w.writeStartElement("testsuite");
        w.writeAttribute("name", name);
        w.writeAttribute("tests", "1");
        w.writeAttribute("failures", "0");
        w.writeAttribute("errors", "1");
        w.writeCharacters("\n    ");
        w.writeStartElement("testcase");
        w.writeAttribute("classname", name);
        w.writeAttribute("name", "read " + name);
        w.writeStartElement("error");
        w.writeAttribute("type", CheckResult.RULE_ID);
        w.writeAttribute("message", u.message());
        w.writeCharacters(u.render());
        w.writeEndElement();
        w.writeEndElement();
        w.writeCharacters("\n  ");
        w.writeEndElement();
        w.writeCharacters("\n");
    }

    private static boolean failing(CheckResult.UnitResult u, Severity failOn) {
        return u.translated() && u.findings().stream().anyMatch(x -> x.severity().atLeast(failOn));
    }

    private static void suite(XMLStreamWriter w, CheckResult.FileResult f, Severity failOn) throws XMLStreamException {
        String name = Paths2.display(f.file());
        w.writeCharacters("  ");
        w.writeStartElement("testsuite");
        w.writeAttribute("name", name + (f.targetLanguage() == null ? "" : " (" + f.targetLanguage() + ")"));
        w.writeAttribute("tests", Integer.toString(f.units().size()));
        w.writeAttribute("failures", Long.toString(f.units().stream().filter(u -> failing(u, failOn)).count()));
        w.writeAttribute("skipped", Long.toString(f.units().stream().filter(u -> !u.translated()).count()));
        w.writeAttribute("errors", "0");
        w.writeCharacters("\n");
        for (CheckResult.UnitResult u : f.units()) {
            w.writeCharacters("    ");
            w.writeStartElement("testcase");
            w.writeAttribute("classname", name);
            w.writeAttribute("name", caseName(u));
            List<Finding> failing = new ArrayList<>();
            List<Finding> other = new ArrayList<>();
            for (Finding x : u.findings()) {
                (x.severity().atLeast(failOn) && u.translated() ? failing : other).add(x);
            }
            if (!u.translated()) {
                // The schema's <skipped> is text only: the reason is its content, not a message attribute.
                w.writeStartElement("skipped");
                w.writeCharacters("untranslated");
                w.writeEndElement();
            }
            for (Finding x : failing) {
                w.writeStartElement("failure");
                w.writeAttribute("type", x.rule().id());
                w.writeAttribute("message", x.message());
                w.writeCharacters(x.render());
                w.writeEndElement();
            }
            if (!other.isEmpty() || !u.suppressed().isEmpty()) {
                w.writeStartElement("system-out");
                StringBuilder sb = new StringBuilder();
                for (Finding x : other) {
                    sb.append(x.render()).append('\n');
                }
                for (var s : u.suppressed()) {
                    sb.append(TextReport.suppressed(s)).append('\n');
                }
                w.writeCharacters(sb.toString());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeCharacters("\n");
        }
        w.writeCharacters("  ");
        w.writeEndElement();
        w.writeCharacters("\n");
    }
}
