package uk.police.spo.orders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseStatus;

/** What the court tells the force about an application: hearings, outcomes, and the orders it makes. */
@Service
class CourtDecisions {

	private final SpoApplicationRepository applications;

	private final ProtectiveOrderRepository orders;

	private final CaseRecords cases;

	private final AuditTrail audit;

	private final OrdersInForce inForce;

	private final Clock clock;

	CourtDecisions(SpoApplicationRepository applications, ProtectiveOrderRepository orders, CaseRecords cases,
			AuditTrail audit, OrdersInForce inForce, Clock clock) {
		this.applications = applications;
		this.orders = orders;
		this.cases = cases;
		this.audit = audit;
		this.inForce = inForce;
		this.clock = clock;
	}

	@Transactional
	public void hearingListed(UUID applicationId, HearingKind kind, LocalDate on) {
		SpoApplication application = load(applicationId);
		application.listed(kind, on, clock.instant());
		cases.record(application.caseId(), "SPO_HEARING_LISTED", kind + " hearing listed for " + on);
	}

	/** Records the outcome on its hearing; returns the date of the hearing now waiting for an outcome, if any. */
	@Transactional
	public Optional<LocalDate> decided(UUID applicationId, CourtOutcome outcome, LocalDate nextHearingOn) {
		SpoApplication application = load(applicationId);
		application.decided(outcome, nextHearingOn, LocalDate.now(clock), clock.instant());
		if (outcome == CourtOutcome.REFUSED && application.status() == SpoApplicationStatus.APPEALED) {
			application.appealRefused();
		}
		cases.record(application.caseId(), "SPO_COURT_OUTCOME", "Court outcome: " + outcome
				+ (outcome == CourtOutcome.ADJOURNED ? ", next hearing " + nextHearingOn : ""));
		return application.openHearing().map(CourtHearing::hearingOn);
	}

	@Transactional
	public UUID grantInterim(UUID applicationId, String caseReference, LocalDate endsOn) {
		SpoApplication application = load(applicationId);
		ProtectiveOrder order = orders.save(application.grantInterim(LocalDate.now(clock), endsOn));
		cases.record(application.caseId(), "INTERIM_SPO_GRANTED", "Interim SPO granted until " + endsOn);
		audit.recordAtCommit(AuditAction.COLLECT, caseReference, List.of("order.terms"), "interim SPO granted");
		return order.id();
	}

	/** The full order; {@code interimEnded} when it superseded an interim order that was still in force. */
	@Transactional
	public Grant grantFull(UUID applicationId, String caseReference, LocalDate endsOn, UUID interimOrderId) {
		SpoApplication application = load(applicationId);
		ProtectiveOrder interim = interim(interimOrderId);
		boolean interimInForce = interim != null && interim.status() != OrderStatus.ENDED;
		ProtectiveOrder order = orders.save(application.grantFull(LocalDate.now(clock), endsOn, interim));
		cases.moveTo(application.caseId(), CaseStatus.ORDER_IN_FORCE, "FULL_SPO_GRANTED",
				"Full SPO granted " + (endsOn == null ? "until further order" : "until " + endsOn));
		audit.recordAtCommit(AuditAction.COLLECT, caseReference, List.of("order.terms"), "full SPO granted");
		return new Grant(order.id(), interimInForce);
	}

	/** The main application refused; returns whether an interim order was still in force and has now ended. */
	@Transactional
	public boolean refuse(UUID applicationId, UUID interimOrderId) {
		SpoApplication application = load(applicationId);
		ProtectiveOrder interim = interim(interimOrderId);
		boolean interimInForce = interim != null && interim.status() != OrderStatus.ENDED;
		application.refuse(LocalDate.now(clock), interim);
		cases.record(application.caseId(), "SPO_REFUSED",
				"SPO application refused" + (interimInForce ? "; the interim order has ended" : ""));
		if (interimInForce) {
			inForce.orderEnded(application.caseId());
		}
		return interimInForce;
	}

	private ProtectiveOrder interim(UUID interimOrderId) {
		if (interimOrderId == null) {
			return null;
		}
		UUID id = interimOrderId;
		return orders.findById(id).orElseThrow(() -> new IllegalStateException("No interim order " + id));
	}

	private SpoApplication load(UUID applicationId) {
		UUID id = applicationId;
		return applications.findById(id).orElseThrow(() -> new IllegalStateException("No SPO application " + id));
	}

	public record Grant(UUID orderId, boolean interimEnded) {
	}

}
