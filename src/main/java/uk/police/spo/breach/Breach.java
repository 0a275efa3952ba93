package uk.police.spo.breach;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An offence against a served order: a reported breach (s.8 Stalking Protection Act 2019), or a failure to notify,
 * a change notified late or false information notified (s.11). Each is recorded as a crime in its own right, with its
 * crime reference and what was decided.
 */
@Entity
@Table(name = "order_breach")
class Breach {

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
	private BreachKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "reported_by")
	private BreachSource reportedBy;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "reported_at", nullable = false)
	private Instant reportedAt;

	@Column(name = "crime_reference")
	private String crimeReference;

	/** What was done about a failure to notify, on rows recorded before failures to notify went to breach handling. */
	@Column(name = "action_taken")
	private String actionTaken;

	@Column(name = "arrest_decision")
	private String arrestDecision;

	@Column(name = "charge_decision")
	private String chargeDecision;

	@Column(name = "risk_level")
	private String riskLevel;

	@Column(name = "variation_needed")
	private Boolean variationNeeded;

	@Version
	private long version;

	protected Breach() {
	}

	private Breach(UUID caseId, UUID orderId, BreachKind kind, Instant occurredAt, Instant reportedAt) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.orderId = orderId;
		this.kind = kind;
		this.occurredAt = occurredAt;
		this.reportedAt = reportedAt;
	}

	static Breach reported(UUID caseId, UUID orderId, BreachSource source, Instant occurredAt, Instant reportedAt) {
		if (occurredAt.isAfter(reportedAt)) {
			throw new IllegalArgumentException("A breach cannot be reported before it happened");
		}
		Breach breach = new Breach(caseId, orderId, BreachKind.BREACH_OF_ORDER, occurredAt, reportedAt);
		breach.reportedBy = source;
		return breach;
	}

	/**
	 * A notification offence (s.11: no notification after service, a late change, false information), handled like a
	 * breach: the offence dates from {@code occurredAt}.
	 */
	static Breach notificationOffence(UUID caseId, UUID orderId, BreachKind kind, Instant occurredAt,
			Instant recordedAt) {
		if (kind == BreachKind.BREACH_OF_ORDER) {
			throw new IllegalArgumentException(kind + " is not a notification offence");
		}
		return new Breach(caseId, orderId, kind, occurredAt, recordedAt);
	}

	void recordedAsCrime(String crimeReference, String arrestDecision, String chargeDecision) {
		this.crimeReference = crimeReference;
		this.arrestDecision = arrestDecision;
		this.chargeDecision = chargeDecision;
	}

	void riskReassessed(String riskLevel, boolean variationNeeded) {
		if (crimeReference == null) {
			throw new IllegalStateException("A breach is recorded as a crime before its risk is reassessed");
		}
		this.riskLevel = riskLevel;
		this.variationNeeded = variationNeeded;
	}

	UUID id() {
		return id;
	}

	UUID caseId() {
		return caseId;
	}

	UUID orderId() {
		return orderId;
	}

	BreachKind kind() {
		return kind;
	}

	Optional<BreachSource> reportedBy() {
		return Optional.ofNullable(reportedBy);
	}

	Instant reportedAt() {
		return reportedAt;
	}

	Instant occurredAt() {
		return occurredAt;
	}

	Optional<String> crimeReference() {
		return Optional.ofNullable(crimeReference);
	}

	Optional<String> actionTaken() {
		return Optional.ofNullable(actionTaken);
	}

	Optional<String> arrestDecision() {
		return Optional.ofNullable(arrestDecision);
	}

	Optional<String> chargeDecision() {
		return Optional.ofNullable(chargeDecision);
	}

	Optional<String> riskLevel() {
		return Optional.ofNullable(riskLevel);
	}

	Optional<Boolean> variationNeeded() {
		return Optional.ofNullable(variationNeeded);
	}

}
