package uk.police.spo.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.spo.system.UkDates;

/** What monitoring has recorded about an order, read by other capabilities (the documents of a case). */
@Service
public class MonitoringRecords {

	private final CourtApplications applications;

	private final OrderNotifications notifications;

	MonitoringRecords(CourtApplications applications, OrderNotifications notifications) {
		this.applications = applications;
		this.notifications = notifications;
	}

	/** A court's decision granting a variation, renewal or discharge of an order. */
	public record GrantedApplication(ApplicationKind kind, Applicant applicant, LocalDate decidedOn) {
	}

	/**
	 * The defendant's notification in person, as acknowledged: the first after service ({@code change} empty) or a
	 * change, what it gave (empty for a notification recorded before the details were kept), who received it and what
	 * was taken at the station.
	 */
	public record Notification(LocalDate notifiedOn, Optional<ChangeNotified> change, Optional<NotifiedDetails> details,
			Optional<String> receivedBy, TakenAtStation fingerprints, TakenAtStation photograph) {
	}

	@Transactional(readOnly = true)
	public Optional<GrantedApplication> lastGranted(UUID orderId, ApplicationKind kind) {
		return applications.findFirstByOrderIdAndKindAndGrantedTrueOrderByRecordedAtDesc(orderId, kind)
			.map(a -> new GrantedApplication(a.kind(), a.applicant(), a.decidedOn()));
	}

	@Transactional(readOnly = true)
	public Optional<Notification> lastNotification(UUID orderId) {
		return notifications.findFirstByOrderIdOrderByAcknowledgedAtDescNotifiedAtDesc(orderId)
			.map(n -> new Notification(n.notifiedAt().atZone(UkDates.ZONE).toLocalDate(), n.changeNotified(), n.details(),
					n.acknowledgedBy(), n.fingerprints(), n.photograph()));
	}

}
