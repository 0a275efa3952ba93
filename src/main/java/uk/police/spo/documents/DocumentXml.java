package uk.police.spo.documents;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a document's record as XML for its template: an element per component, named after it, lists as
 * {@code <item>}s, the root named after the record without "Data". Every value goes through the XML writer
 * as character data, so report text ("&lt;/fo:block&gt;", "]]&gt;") reaches the template as text, never markup.
 * (Jackson's XML module is not used: on the classpath it makes Spring MVC answer the JSON APIs in XML.)
 */
final class DocumentXml {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
    private static final char REPLACEMENT = '\uFFFD';

    byte[] write(DocumentData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            String type = data.getClass().getSimpleName().replaceFirst("Data$", "");
            writeRecord(xml, Character.toLowerCase(type.charAt(0)) + type.substring(1), (Record) data);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new DocumentRenderingException("the " + data.type() + " data could not be written as XML", e);
        }
        return out.toByteArray();
    }

    private void writeRecord(XMLStreamWriter xml, String name, Record record) throws XMLStreamException {
        xml.writeStartElement(name);
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            writeValue(xml, component.getName(), read(component.getAccessor(), record));
        }
        List<Method> derived = Arrays.stream(record.getClass().getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(DocumentValue.class))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
        for (Method method : derived) {
            writeValue(xml, method.getName(), read(method, record));
        }
        xml.writeEndElement();
    }

    private void writeValue(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            writeRecord(xml, name, record);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof List<?> items) {
            for (Object item : items) {
                writeValue(xml, "item", item);
            }
        } else {
            xml.writeCharacters(LineBreakOpportunities.withBreaks(xmlCharactersOnly(String.valueOf(value))));
        }
        xml.writeEndElement();
    }

    private static Object read(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new DocumentRenderingException("cannot read " + accessor.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    /** Control characters and lone surrogates cannot be written in XML 1.0; each becomes U+FFFD. */
    static String xmlCharactersOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowedInXml(c) ? c : REPLACEMENT));
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }
}
