package uk.police.spo.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A chief officer's application by complaint for a Stalking Protection Order. {@code areaConnection} is why the chief
 * officer may apply (s.1(1)); null for an application decided before it was recorded, whose document says nothing of
 * it.
 */
public record SpoApplicationData(
        String caseReference,
        String policeForce,
        String localJusticeArea,
        LocalDate applicationDate,
        Defendant defendant,
        String complaint,
        StalkingTest test,
        List<String> evidence,
        Terms termsSought,
        boolean interimOrderSought,
        String locality,
        AreaConnection areaConnection) implements DocumentData {

    /** The defendant lives in the applicant's police area, or the applicant believes is in it or coming to it. */
    public enum AreaConnection {
        LIVES_IN_AREA, IN_AREA, COMING_TO_AREA
    }

    public SpoApplicationData {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(applicationDate, "applicationDate");
        Objects.requireNonNull(defendant, "defendant");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(termsSought, "termsSought").requireSome();
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public DocumentType type() {
        return DocumentType.SPO_APPLICATION;
    }

    /** A defendant under 18 on the day of the application is dealt with by the youth court (s.1(1)). */
    @DocumentValue
    boolean youthCourt() {
        return defendant.under18On(applicationDate);
    }
}
