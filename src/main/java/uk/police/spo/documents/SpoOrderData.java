package uk.police.spo.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A Stalking Protection Order (s.2) or an interim order (s.5). No locality means the prohibitions apply
 * across the UK. A full order runs for at least two years or until further order; an interim order for a
 * fixed period, ending sooner if the main application is decided first.
 */
public record SpoOrderData(
        Kind kind,
        String caseReference,
        String policeForce,
        String court,
        LocalDate madeOn,
        Defendant defendant,
        Terms terms,
        OrderPeriod period,
        String locality) implements DocumentData {

    public enum Kind { INTERIM, FULL }

    public SpoOrderData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(defendant, "defendant");
        Objects.requireNonNull(terms, "terms").requireSome();
        Objects.requireNonNull(period, "period");
        if (kind == Kind.FULL) {
            period.requireAtLeastTwoYears();
        } else if (period.untilFurtherOrder()) {
            throw new IllegalArgumentException("an interim order is made for a fixed period");
        }
    }

    @Override
    public DocumentType type() {
        return kind == Kind.FULL ? DocumentType.FULL_SPO : DocumentType.INTERIM_SPO;
    }
}
