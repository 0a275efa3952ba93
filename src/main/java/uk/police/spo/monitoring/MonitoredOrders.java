package uk.police.spo.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.breach.NotificationDeadlines;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.orders.DraftTerm;
import uk.police.spo.orders.OrderEndReason;
import uk.police.spo.orders.OrderKind;
import uk.police.spo.orders.OrdersInForce;
import uk.police.spo.orders.ProtectiveOrder;

/**
 * What happens to a served order while it is monitored: service, notification, reviews, the court's decisions on
 * renewal, variation and discharge, and its end. Each step writes its row and a timeline entry without personal data.
 */
@Service
class MonitoredOrders implements NotificationDeadlines, OrderGrantDates {

	static final List<String> NOTIFIED_FIELDS = List.of("defendant.notification.names",
			"defendant.notification.aliases", "defendant.notification.homeAddress",
			"defendant.notification.fingerprints", "defendant.notification.photograph");

	private final OrderNotifications notifications;

	private final OrderReviews reviews;

	private final CourtApplications applications;

	private final CaseRecords records;

	private final OrdersInForce inForce;

	private final AuditTrail audit;

	private final Clock clock;

	MonitoredOrders(OrderNotifications notifications, OrderReviews reviews,
			CourtApplications applications, CaseRecords records, OrdersInForce inForce, AuditTrail audit, Clock clock) {
		this.notifications = notifications;
		this.reviews = reviews;
		this.applications = applications;
		this.records = records;
		this.inForce = inForce;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public ProtectiveOrder serve(UUID caseId, UUID orderId, Instant servedAt) {
		ProtectiveOrder order = load(orderId);
		order.serve(servedAt);
		records.moveTo(caseId, CaseStatus.ORDER_IN_FORCE, "ORDER_SERVED", describe(order) + " served on the defendant");
		records.audit(caseId, AuditAction.ALTER, List.of("order.servedAt"), "order served");
		return order;
	}

	/** The first notification after service; one made after its period is kept too, and the offence stays. */
	@Transactional
	public void notified(UUID caseId, UUID orderId, StationNotification given) {
		OrderNotification notification = notifications.save(OrderNotification.first(caseId, load(orderId).id(),
				given.notifiedAt(), notificationDue(orderId), acknowledgement(given)));
		records.record(caseId, "NOTIFICATION_MADE", "Defendant notified in person"
				+ (notification.notifiedLate()
						? ", after the 3 days beginning with service (the failure to notify stays recorded)" : "")
				+ "; acknowledged in writing");
		records.audit(caseId, AuditAction.COLLECT, NOTIFIED_FIELDS, "defendant's notification");
	}

	/** A change of name or home address notified in person (s.9(4)), kept beside the earlier notifications. */
	@Transactional
	public void changeNotified(UUID caseId, UUID orderId, ChangeNotified change, LocalDate changedOn,
			StationNotification given) {
		OrderNotification notification = notifications.save(OrderNotification.change(caseId, load(orderId).id(),
				change, changedOn, given.notifiedAt(), acknowledgement(given)));
		records.record(caseId, "CHANGE_NOTIFIED", "Defendant notified a change of "
				+ change.name().toLowerCase().replace('_', ' ') + " in person"
				+ (notification.notifiedLate() ? ", after the 3 days beginning with the change" : "")
				+ "; acknowledged in writing");
		records.audit(caseId, AuditAction.COLLECT, NOTIFIED_FIELDS, "defendant's notification of a change");
	}

	/**
	 * When the notification found false was made (a false one is an offence from then): the case's latest made on
	 * {@code day} (UK time), or the case's only notification when no day is given.
	 */
	@Transactional(readOnly = true)
	public Instant notificationFoundFalseAt(UUID caseId, Optional<LocalDate> day) {
		List<OrderNotification> made = notifications.findByCaseIdOrderByNotifiedAt(caseId);
		if (day.isEmpty() && made.size() > 1) {
			throw new IllegalStateException("The case has " + made.size() + " notifications and none was named");
		}
		return made.stream()
			.filter(n -> day.isEmpty() || MonitoringSchedule.ukDay(n.notifiedAt()).equals(day.get()))
			.map(OrderNotification::notifiedAt)
			.max(Comparator.naturalOrder())
			.orElseThrow(() -> new IllegalStateException("The case has no such notification to find false"));
	}

	/** When the order's notification recorded last was made. */
	@Transactional(readOnly = true)
	public Instant lastNotificationAt(UUID orderId) {
		return notifications.findFirstByOrderIdOrderByAcknowledgedAtDescNotifiedAtDesc(orderId)
			.map(OrderNotification::notifiedAt)
			.orElseThrow(() -> new IllegalStateException("The order has no notification"));
	}

	/** The days (UK time) of the case's notifications, the earliest first, one per notification. */
	@Transactional(readOnly = true)
	public List<LocalDate> notificationDays(UUID caseId) {
		return notifications.findByCaseIdOrderByNotifiedAt(caseId)
			.stream()
			.map(n -> MonitoringSchedule.ukDay(n.notifiedAt()))
			.toList();
	}

	private OrderNotification.Acknowledgement acknowledgement(StationNotification given) {
		return new OrderNotification.Acknowledgement(clock.instant(), records.actor(), given.details(),
				given.fingerprints(), given.photograph());
	}

	@Transactional
	public void reviewed(UUID caseId, UUID orderId, String victimContact, String compliance) {
		reviews.save(new OrderReview(caseId, load(orderId).id(), clock.instant(), victimContact, compliance));
		records.record(caseId, "ORDER_REVIEWED",
				"Order reviewed: victim contact " + victimContact + ", compliance " + compliance);
		records.audit(caseId, AuditAction.COLLECT, List.of("order.review"), "order review");
	}

	/** A granted renewal moves the end date ({@code newEnd} null: until further order). */
	@Transactional
	public ProtectiveOrder renewal(UUID caseId, UUID orderId, boolean granted, LocalDate decidedOn,
			LocalDate newEnd) {
		ProtectiveOrder order = decided(caseId, orderId, ApplicationKind.RENEWAL, Applicant.POLICE, granted, decidedOn);
		if (granted) {
			order.extendTo(newEnd);
		}
		return order;
	}

	/** A granted variation: {@code terms} apply from the decision, replacing the terms in force. */
	@Transactional
	public void variation(UUID caseId, String caseReference, UUID orderId, Applicant applicant, boolean granted,
			LocalDate decidedOn, List<DraftTerm.Wording> terms) {
		ProtectiveOrder order = decided(caseId, orderId, ApplicationKind.VARIATION, applicant, granted, decidedOn);
		if (granted) {
			order.vary(terms, decidedOn);
			records.record(caseId, "ORDER_VARIED",
					describe(order) + " varied: " + terms.size() + " term(s) apply from " + decidedOn);
			audit.recordAtCommit(AuditAction.ALTER, caseReference, List.of("order.terms"), "order varied by the court");
		}
	}

	@Transactional
	public void discharge(UUID caseId, UUID orderId, Applicant applicant, boolean granted, LocalDate decidedOn) {
		ProtectiveOrder order = decided(caseId, orderId, ApplicationKind.DISCHARGE, applicant, granted, decidedOn);
		if (granted) {
			order.end(decidedOn, OrderEndReason.DISCHARGED);
			inForce.orderEnded(order.caseId());
		}
	}

	@Transactional
	public void expired(UUID caseId, UUID orderId) {
		ProtectiveOrder order = load(orderId);
		order.end(order.endsOn().orElse(LocalDate.now(clock)), OrderEndReason.EXPIRED);
		records.record(caseId, "ORDER_EXPIRED", describe(order) + " expired at the end of its fixed period");
		inForce.orderEnded(order.caseId());
	}

	/** The main application was decided: the orders capability ends the interim order itself. */
	@Transactional
	public void interimMonitoringEnded(UUID caseId) {
		records.record(caseId, "MONITORING_ENDED", "Monitoring of the interim order ended: main application decided");
	}

	private ProtectiveOrder decided(UUID caseId, UUID orderId, ApplicationKind kind, Applicant applicant,
			boolean granted, LocalDate decidedOn) {
		ProtectiveOrder order = load(orderId);
		applications.save(new CourtApplication(caseId, order.id(), kind, applicant, granted, decidedOn,
				clock.instant()));
		records.record(caseId, "COURT_DECISION", "Court " + (granted ? "granted" : "refused") + " the "
				+ kind.name().toLowerCase() + " application by the " + applicant.name().toLowerCase());
		return order;
	}

	@Override
	public Instant notificationDue(UUID orderId) {
		Instant servedAt = load(orderId).servedAt()
			.orElseThrow(() -> new IllegalStateException("An order that was not served has no notification duty"));
		return MonitoringSchedule.notificationDue(servedAt);
	}

	@Override
	public Optional<LocalDate> grantedOn(UUID orderId) {
		try {
			return inForce.find(orderId).map(ProtectiveOrder::grantedOn);
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private ProtectiveOrder load(UUID orderId) {
		UUID id = orderId;
		return inForce.find(id).orElseThrow(() -> new IllegalStateException("No order with id " + id));
	}

	private static String describe(ProtectiveOrder order) {
		return order.kind() == OrderKind.INTERIM ? "Interim order" : "Full order";
	}


}
