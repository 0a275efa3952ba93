package uk.police.spo.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The prosecutor's summary of the offences against a Stalking Protection Order (s.8 breach, s.11 notification):
 * the order and its terms, when it was served, and each offence recorded with the decisions taken. A prosecution file
 * can be disclosed to the defence, so it is checked for the victim's contact details like the defendant's papers.
 */
public record BreachSummaryData(
        String caseReference,
        String policeForce,
        Defendant defendant,
        String orderKind,
        LocalDate orderMadeOn,
        LocalDate orderServedOn,
        LocalDate orderEndsOn,
        Terms terms,
        List<Offence> offences)
        implements DocumentData {

    /** One recorded offence; absent values are those the record does not hold yet. */
    public record Offence(String offence, LocalDate occurredOn, LocalDate reportedOn, String reportedBy,
            String crimeReference, String actionTaken, String arrestDecision, String chargeDecision,
            String riskAfterwards) {
    }

    public BreachSummaryData {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(defendant, "defendant");
        Objects.requireNonNull(orderKind, "orderKind");
        Objects.requireNonNull(orderMadeOn, "orderMadeOn");
        Objects.requireNonNull(terms, "terms");
        offences = List.copyOf(offences);
        if (offences.isEmpty()) {
            throw new IllegalArgumentException("a breach summary needs at least one recorded offence");
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.BREACH_SUMMARY;
    }
}
