package org.l10nwb.core.report;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Validation against the Jenkins/Surefire JUnit schema ({@code src/test/resources/schemas/jenkins-junit.xsd}). */
public final class JUnitSchema {
    private JUnitSchema() {
    }

    /** The schema's complaints, {@code line:column message}; empty when the report is valid. */
    public static List<String> validate(byte[] junit) throws Exception {
        URL xsd = JUnitSchema.class.getResource("/schemas/jenkins-junit.xsd");
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Validator v = f.newSchema(xsd).newValidator();
        List<String> problems = new ArrayList<>();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        v.validate(new StreamSource(new ByteArrayInputStream(junit)));
        return problems;
    }

}
