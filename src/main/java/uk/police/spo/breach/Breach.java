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

	/** The defendant did not notify by the deadline; the offence happened when the deadline passed. */
	static Breach failureToNotify(UUID caseId, UUID orderId, Instant deadline, Instant recordedAt,
			String crimeReference, String actionTaken) {
		Breach breach = new Breach(caseId, orderId, BreachKind.FAILURE_TO_NOTIFY, deadline, recordedAt);
		breach.crimeReference = crimeReference;
		breach.actionTaken = actionTaken;
		return breach;
	}

	/**
	 * A notification offence found after the first notification (a late change, false information), handled like a
	 * breach: the offence dates from {@code occurredAt}.
	 */
	static Breach notificationOffence(UUID caseId, UUID orderId, BreachKind kind, Instant occurredAt,
			Instant recordedAt) {
		if (kind != BreachKind.CHANGE_NOTIFIED_LATE && kind != BreachKind.FALSE_NOTIFICATION) {
			throw new IllegalArgumentException(kind + " is not an offence found after a notification");
		}
		return new Breach(caseId, orderId, kind, occurredAt, recordedAt);
	}

	void recordedAsCrime(String crimeReference, String arrestDecision, String chargeDecision) {
		if (kind == BreachKind.FAILURE_TO_NOTIFY) {
			throw new IllegalStateException("A failure to notify is recorded as a crime by order monitoring");
		}
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
