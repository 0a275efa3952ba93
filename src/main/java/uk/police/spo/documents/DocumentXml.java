package uk.police.spo.documents;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes a document's data as XML for its template. Every value is character data written by the XML
 * writer, so text from a report ("&lt;/fo:block&gt;", "]]&gt;") arrives in the template as text, never as markup.
 */
final class DocumentXml {

    private final XmlMapper mapper;

    DocumentXml() {
        mapper = XmlMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new SimpleModule().addSerializer(String.class, new LineBreakOpportunities()))
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        // characters XML 1.0 cannot hold (control characters) would make the template's input unreadable
        mapper.getFactory().getXMLOutputFactory()
                .setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER, new InvalidCharHandler.ReplacingHandler('\uFFFD'));
    }

    byte[] write(DocumentData data) {
        try {
            return mapper.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new DocumentRenderingException("the " + data.type() + " data could not be written as XML", e);
        }
    }
}
