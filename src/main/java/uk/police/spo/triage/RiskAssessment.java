package uk.police.spo.triage;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.police.spo.cases.ScreeningAnswers;

/**
 * One risk assessment of a case: what the officer answered, what DMN {@code triageRisk} made of it, who and when.
 * Assessments are kept side by side (triage, then each reassessment), never overwritten.
 */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment {

	/** At first contact; a reassessment names its own context (e.g. {@code BREACH}). */
	public static final String TRIAGE = "TRIAGE";

	/** After a breach of an order ({@code breachHandling}). */
	public static final String BREACH = "BREACH";

	/** After a new incident reported on the open case ({@code incidentReassessment}). */
	public static final String INCIDENT = "INCIDENT";

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Column(nullable = false)
	private String context;

	@Embedded
	private RiskFactors factors;

	@Embedded
	private ScreeningAnswers screening;

	@Embedded
	private RiskOutcome outcome;

	@Column(name = "assessed_by", nullable = false)
	private String assessedBy;

	@Column(name = "assessed_at", nullable = false)
	private Instant assessedAt;

	protected RiskAssessment() {
	}

	public RiskAssessment(UUID caseId, String context, RiskFactors factors, ScreeningAnswers screening,
			RiskOutcome outcome, String assessedBy, Instant assessedAt) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.context = context;
		this.factors = factors;
		this.screening = screening;
		this.outcome = outcome;
		this.assessedBy = assessedBy;
		this.assessedAt = assessedAt;
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public String context() {
		return context;
	}

	public RiskFactors factors() {
		return factors;
	}

	public ScreeningAnswers screening() {
		return screening == null ? ScreeningAnswers.unanswered() : screening;
	}

	public RiskOutcome outcome() {
		return outcome;
	}

	public String assessedBy() {
		return assessedBy;
	}

	public Instant assessedAt() {
		return assessedAt;
	}

}
