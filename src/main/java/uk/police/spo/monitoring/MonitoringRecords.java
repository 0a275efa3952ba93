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

	/** The defendant's notification in person, as acknowledged. */
	public record Notification(LocalDate notifiedOn, boolean fingerprintsTaken, boolean photographed) {
	}

	@Transactional(readOnly = true)
	public Optional<GrantedApplication> lastGranted(UUID orderId, ApplicationKind kind) {
		return applications.findFirstByOrderIdAndKindAndGrantedTrueOrderByRecordedAtDesc(orderId, kind)
			.map(a -> new GrantedApplication(a.kind(), a.applicant(), a.decidedOn()));
	}

	@Transactional(readOnly = true)
	public Optional<Notification> lastNotification(UUID orderId) {
		return notifications.findFirstByOrderIdOrderByAcknowledgedAtDesc(orderId)
			.map(n -> new Notification(n.notifiedAt().atZone(UkDates.ZONE).toLocalDate(), n.fingerprintsTaken(),
					n.photographed()));
	}

}
