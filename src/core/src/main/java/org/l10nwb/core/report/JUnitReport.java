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
 * JUnit XML as CI systems read it: a test suite per XLIFF file, a test case per checked unit.
 * Findings at or above the failing severity are {@code <failure>}s; lower ones are listed in the
 * case's {@code <system-out>}, with the suppressed ones and their reasons; untranslated units are
 * {@code <skipped>}.
 */
public final class JUnitReport {
    private JUnitReport() {
    }

    public static void write(CheckResult result, Severity failOn, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            long tests = 0;
            long failures = 0;
            long skipped = 0;
            for (CheckResult.FileResult f : result.files()) {
                tests += f.units().size();
                failures += f.units().stream().filter(u -> failing(u, failOn)).count();
                skipped += f.units().stream().filter(u -> !u.translated()).count();
            }
            w.writeStartElement("testsuites");
            w.writeAttribute("name", "workbench check");
            w.writeAttribute("tests", Long.toString(tests));
            w.writeAttribute("failures", Long.toString(failures));
            w.writeAttribute("skipped", Long.toString(skipped));
            w.writeCharacters("\n");
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
            w.writeAttribute("name", "unit " + u.unitId());
            w.writeAttribute("file", name);
            if (u.position() != null && u.position().line() > 0) {
                w.writeAttribute("line", Integer.toString(u.position().line()));
            }
            List<Finding> failing = new ArrayList<>();
            List<Finding> other = new ArrayList<>();
            for (Finding x : u.findings()) {
                (x.severity().atLeast(failOn) && u.translated() ? failing : other).add(x);
            }
            if (!u.translated()) {
                w.writeStartElement("skipped");
                w.writeAttribute("message", "untranslated");
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
