package uk.police.spo.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.spo.system.UkDates;

/**
 * What the court papers of a case state about its SPO application and its orders, read for the documents capability:
 * copies of the recorded values, nothing derived or filled in.
 */
@Service
public class CourtPapers {

	private final SpoApplicationRepository applications;

	private final ProtectiveOrderRepository orders;

	CourtPapers(SpoApplicationRepository applications, ProtectiveOrderRepository orders) {
		this.applications = applications;
		this.orders = orders;
	}

	/**
	 * The application as lodged (or drafted): the force's three-part test, the terms sought, an interim order, and why
	 * the force may apply (empty for an application decided before it was recorded).
	 */
	public record Application(UUID id, UUID caseId, SpoApplicationStatus status, Optional<LocalDate> lodgedOn,
			boolean youthCourt, ThreePartTest test, List<DraftTerm.Wording> terms, boolean interimWanted,
			Optional<AreaCondition> areaCondition) {
	}

	/** An order as it stands: its terms in force, when it was made, until when, and when it was served. */
	public record Order(UUID id, UUID caseId, OrderKind kind, OrderStatus status, LocalDate grantedOn,
			Optional<LocalDate> endsOn, Optional<LocalDate> servedOn, Optional<LocalDate> endedOn,
			List<DraftTerm.Wording> terms) {
	}

	@Transactional(readOnly = true)
	public Application application(UUID applicationId) {
		SpoApplication application = applications.findById(applicationId)
			.orElseThrow(() -> new IllegalStateException("No SPO application " + applicationId));
		return new Application(application.id(), application.caseId(), application.status(),
				application.lodgedAt().map(CourtPapers::day), application.youthCourt(), application.test(),
				application.terms().stream().map(DraftTerm::term).toList(), application.interimWanted(),
				application.areaCondition());
	}

	@Transactional(readOnly = true)
	public Order order(UUID orderId) {
		ProtectiveOrder order = orders.findById(orderId)
			.orElseThrow(() -> new IllegalStateException("No order " + orderId));
		return new Order(order.id(), order.caseId(), order.kind(), order.status(), order.grantedOn(), order.endsOn(),
				order.servedAt().map(CourtPapers::day), order.endedOn(),
				order.terms().stream().map(t -> new DraftTerm.Wording(t.kind(), t.wording(), t.necessity())).toList());
	}

	private static LocalDate day(Instant at) {
		return at.atZone(UkDates.ZONE).toLocalDate();
	}

}
