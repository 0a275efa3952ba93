package uk.police.spo.monitoring;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The defendant's notification in person at a station (within 3 days of service), and the police's written
 * acknowledgement. The notified names and address are personal data and live in the case tables, not here.
 */
@Entity
@Table(name = "order_notification")
class OrderNotification {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Column(name = "order_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID orderId;

	@Column(name = "notified_at", nullable = false)
	private Instant notifiedAt;

	@Column(name = "acknowledged_at", nullable = false)
	private Instant acknowledgedAt;

	@Column(name = "fingerprints_taken", nullable = false)
	private boolean fingerprintsTaken;

	@Column(nullable = false)
	private boolean photographed;

	protected OrderNotification() {
	}

	OrderNotification(UUID caseId, UUID orderId, Instant notifiedAt, Instant acknowledgedAt, boolean fingerprintsTaken,
			boolean photographed) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.orderId = orderId;
		this.notifiedAt = notifiedAt;
		this.acknowledgedAt = acknowledgedAt;
		this.fingerprintsTaken = fingerprintsTaken;
		this.photographed = photographed;
	}

	UUID orderId() {
		return orderId;
	}

	Instant notifiedAt() {
		return notifiedAt;
	}

	Instant acknowledgedAt() {
		return acknowledgedAt;
	}

	boolean fingerprintsTaken() {
		return fingerprintsTaken;
	}

	boolean photographed() {
		return photographed;
	}

}
