package uk.police.spo.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A supervisor's one-document view of a case: where it stands, its risk, what happened and when, what was sent to
 * partners and which documents exist. It names no person and holds no contact detail: a supervisor reviewing the
 * unit's work needs the course of the case, and the case page holds the rest for those allowed to see it.
 */
public record CaseSummaryData(
        String caseReference,
        String policeForce,
        String unit,
        LocalDate reportedOn,
        LocalDate preparedOn,
        String stage,
        String classification,
        String riskLevel,
        String relationship,
        boolean immediateDanger,
        List<String> incidents,
        List<Event> timeline,
        List<PartnerReferral> referrals,
        List<Produced> documents)
        implements DocumentData {

    /** One line of the case's timeline, as the case recorded it. */
    public record Event(LocalDate day, String summary, String by) {
    }

    /** A referral to a partner and where its delivery stands. */
    public record PartnerReferral(String partner, String purpose, String status, LocalDate since) {
    }

    /** A document stored for the case. */
    public record Produced(String type, int version, LocalDate producedOn) {
    }

    public CaseSummaryData {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(preparedOn, "preparedOn");
        Objects.requireNonNull(stage, "stage");
        incidents = List.copyOf(incidents);
        timeline = List.copyOf(timeline);
        referrals = List.copyOf(referrals);
        documents = List.copyOf(documents);
    }

    @Override
    public DocumentType type() {
        return DocumentType.CASE_SUMMARY;
    }
}
