package uk.police.spo.documents;

import java.util.Objects;

/** One prohibition or requirement, with the reason it is necessary to protect the person at risk. */
public record OrderTerm(String text, String necessity) {

    public OrderTerm {
        Objects.requireNonNull(text, "text");
    }
}
