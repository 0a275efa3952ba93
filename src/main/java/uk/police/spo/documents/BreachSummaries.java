package uk.police.spo.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.police.spo.breach.BreachHistory;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CasePerson;
import uk.police.spo.cases.PersonRole;
import uk.police.spo.orders.CourtPapers;
import uk.police.spo.orders.OrderKind;

/**
 * Renders the prosecutor's breach summary of a case from its breach records and the order they are against, when it
 * is asked for (not stored: each decision recorded later changes it). Offences against several orders of one case
 * are summarised against the order of the latest offence, the one a prosecutor is charging now.
 */
@Component
class BreachSummaries {

    private final BreachHistory breaches;
    private final CourtPapers court;
    private final DocumentProperties properties;
    private final DocumentRenderer renderer;

    BreachSummaries(BreachHistory breaches, CourtPapers court, DocumentProperties properties, DocumentRenderer renderer) {
        this.breaches = breaches;
        this.court = court;
        this.properties = properties;
        this.renderer = renderer;
    }

    /**
     * Empty when the case records no offence against an order.
     * @throws DefendantUnnamedException when the case holds no name for the defendant, which the summary must state
     */
    Optional<RenderedDocument> render(CaseFile caseFile) {
        List<BreachHistory.RecordedBreach> recorded = breaches.ofCase(caseFile.id());
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        if (caseFile.personIn(PersonRole.SUSPECT).map(CasePerson::name).filter(n -> !n.isBlank()).isEmpty()) {
            throw new DefendantUnnamedException();
        }
        UUID orderId = recorded.get(recorded.size() - 1).orderId();
        CourtPapers.Order order = court.order(orderId);
        BreachSummaryData data = new BreachSummaryData(caseFile.reference(), properties.policeForce(),
                CaseDocumentData.defendant(caseFile), order.kind() == OrderKind.FULL ? "Stalking Protection Order"
                        : "interim Stalking Protection Order", order.grantedOn(), order.servedOn().orElse(null),
                order.endsOn().orElse(null), CaseDocumentData.terms(order.terms()),
                recorded.stream().filter(b -> b.orderId().equals(orderId)).map(BreachSummaries::offence).toList());
        return Optional.of(renderer.render(data, CaseDocumentData.victim(caseFile)));
    }

    private static BreachSummaryData.Offence offence(BreachHistory.RecordedBreach breach) {
        String offence = switch (breach.kind()) {
            case FAILURE_TO_NOTIFY -> "Failure to notify (section 11)";
            case CHANGE_NOTIFIED_LATE -> "Change of name or home address notified late (section 11)";
            case FALSE_NOTIFICATION -> "False information notified (section 11)";
            case VERIFICATION_REFUSED -> "Fingerprints or photograph refused when notifying (sections 10(5) and 11)";
            case BREACH_OF_ORDER -> "Breach of the order (section 8)";
        };
        return new BreachSummaryData.Offence(offence, day(breach.occurredAt()), day(breach.reportedAt()),
                breach.reportedBy().map(source -> words(source.name())).orElse(null),
                breach.crimeReference().orElse(null), breach.actionTaken().orElse(null),
                breach.arrestDecision().map(BreachSummaries::words).orElse(null),
                breach.chargeDecision().map(BreachSummaries::words).orElse(null),
                breach.riskLevel().map(BreachSummaries::words).orElse(null));
    }

    private static LocalDate day(Instant instant) {
        return CaseSummaries.day(instant);
    }

    private static String words(String code) {
        return CaseSummaries.words(code);
    }

    /** The summary names the defendant; a case without the suspect's name cannot have one yet. */
    static final class DefendantUnnamedException extends RuntimeException {
        DefendantUnnamedException() {
            super("the case holds no name for the defendant");
        }
    }
}
