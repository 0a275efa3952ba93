package uk.police.spo.documents;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

/** The prohibitions and requirements of an order, or those sought in an application. */
public record Terms(
        @JacksonXmlElementWrapper(localName = "prohibitions") @JacksonXmlProperty(localName = "prohibition") List<OrderTerm> prohibitions,
        @JacksonXmlElementWrapper(localName = "requirements") @JacksonXmlProperty(localName = "requirement") List<OrderTerm> requirements) {

    public Terms {
        prohibitions = prohibitions == null ? List.of() : List.copyOf(prohibitions);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    void requireSome() {
        if (prohibitions.isEmpty() && requirements.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one prohibition or requirement");
        }
    }
}
