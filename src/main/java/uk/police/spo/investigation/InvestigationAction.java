package uk.police.spo.investigation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One decision or step of the investigation (an arrest, a search not made and why, the charge decision). */
@Entity
@Table(name = "investigation_action")
class InvestigationAction {

	static final int MAX_OUTCOME = 200;

	static final int MAX_REASON = 2000;

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActionKind kind;

	@Column(nullable = false)
	private String outcome;

	private String reason;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected InvestigationAction() {
	}

	InvestigationAction(UUID caseId, ActionKind kind, String outcome, String reason, String recordedBy,
			Instant recordedAt) {
		if (outcome == null || outcome.isBlank() || outcome.length() > MAX_OUTCOME) {
			throw new IllegalArgumentException("An action's outcome is 1 to " + MAX_OUTCOME + " characters");
		}
		if (reason != null && reason.length() > MAX_REASON) {
			throw new IllegalArgumentException("An action's reason is at most " + MAX_REASON + " characters");
		}
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.kind = kind;
		this.outcome = outcome;
		this.reason = reason == null || reason.isBlank() ? null : reason;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public ActionKind kind() {
		return kind;
	}

	public String outcome() {
		return outcome;
	}

	public String reason() {
		return reason;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

}
