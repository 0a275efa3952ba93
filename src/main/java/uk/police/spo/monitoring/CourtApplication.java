package uk.police.spo.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An application to the magistrates' court to vary, renew or discharge a served order, with the court's decision. */
@Entity
@Table(name = "order_court_application")
class CourtApplication {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Column(name = "order_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID orderId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ApplicationKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Applicant applicant;

	@Column(nullable = false)
	private boolean granted;

	@Column(name = "decided_on", nullable = false)
	private LocalDate decidedOn;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected CourtApplication() {
	}

	CourtApplication(UUID caseId, UUID orderId, ApplicationKind kind, Applicant applicant, boolean granted,
			LocalDate decidedOn, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.orderId = orderId;
		this.kind = kind;
		this.applicant = applicant;
		this.granted = granted;
		this.decidedOn = decidedOn;
		this.recordedAt = recordedAt;
	}

	ApplicationKind kind() {
		return kind;
	}

	Applicant applicant() {
		return applicant;
	}

	boolean granted() {
		return granted;
	}

	LocalDate decidedOn() {
		return decidedOn;
	}

}
