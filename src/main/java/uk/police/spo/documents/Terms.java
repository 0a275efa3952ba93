package uk.police.spo.documents;

import java.util.List;

/** The prohibitions and requirements of an order, or those sought in an application. */
public record Terms(
        List<OrderTerm> prohibitions,
        List<OrderTerm> requirements) {

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
