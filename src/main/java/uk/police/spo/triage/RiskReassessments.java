package uk.police.spo.triage;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.ScreeningAnswers;

/**
 * Risk assessments after triage (shared/domain.md: the risk is reassessed on every new incident and every breach).
 * Each is kept beside the earlier ones with its answers, score, officer and time, and moves the case's current risk
 * level.
 */
@Service
public class RiskReassessments {

	private final CaseRecords cases;

	private final RiskAssessmentRepository assessments;

	private final AuditTrail audit;

	private final Clock clock;

	public RiskReassessments(CaseRecords cases, RiskAssessmentRepository assessments, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.assessments = assessments;
		this.audit = audit;
		this.clock = clock;
	}

	/** DMN {@code triageRisk} scored the answers given after a breach of an order (the breach form has no screening). */
	@Transactional
	public RiskAssessment afterBreach(Object caseId, RiskFactors factors, RiskOutcome outcome) {
		CaseFile caseFile = cases.load(caseId);
		String before = caseFile.riskLevel().orElse("not assessed");
		cases.record(caseId, "RISK_REASSESSED", summary(before, outcome));
		caseFile.riskReassessed(outcome.riskLevel());
		RiskAssessment assessment = assessments.save(new RiskAssessment(caseFile.id(), RiskAssessment.BREACH, factors,
				ScreeningAnswers.unanswered(), outcome, cases.actor(), clock.instant()));
		audit.record(AuditAction.COLLECT, caseFile.reference(), List.of("riskAssessment.answers"),
				"risk reassessment after a breach");
		return assessment;
	}

	private static String summary(String before, RiskOutcome outcome) {
		List<String> flags = outcome.flagNames();
		return "Risk reassessed after a breach of the order: " + before + " to " + outcome.riskLevel()
				+ (flags.isEmpty() ? "" : ": " + String.join(", ", flags));
	}

}
