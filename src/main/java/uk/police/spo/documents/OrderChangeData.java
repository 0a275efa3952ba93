package uk.police.spo.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An order varying, renewing or discharging a Stalking Protection Order (s.7). A discharge holds no terms;
 * a variation or renewal states the terms and period as they stand after it.
 */
public record OrderChangeData(
        String caseReference,
        String policeForce,
        String court,
        LocalDate madeOn,
        Defendant defendant,
        Change change,
        String appliedForBy,
        LocalDate originalOrderMadeOn,
        Terms terms,
        OrderPeriod period,
        String locality) implements DocumentData {

    public enum Change { VARIATION, RENEWAL, DISCHARGE }

    public OrderChangeData {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(defendant, "defendant");
        Objects.requireNonNull(change, "change");
        if (change == Change.DISCHARGE) {
            if (terms != null || period != null) {
                throw new IllegalArgumentException("a discharge leaves no terms or period in force");
            }
        } else {
            Objects.requireNonNull(terms, "terms").requireSome();
            Objects.requireNonNull(period, "period");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.ORDER_CHANGE;
    }
}
