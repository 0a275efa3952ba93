package uk.police.spo.triage;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final Clock clock;

	public RiskReassessments(CaseRecords cases, RiskAssessmentRepository assessments, Clock clock) {
		this.cases = cases;
		this.assessments = assessments;
		this.clock = clock;
	}

	/**
	 * DMN {@code triageRisk} scored the risk checklist answered after a breach of an order.
	 * Written without its audit entry: the caller's step goes on, and appends {@link #AUDITED_FIELDS} as its last act
	 * (the append holds the audit chain until the commit).
	 */
	@Transactional
	public RiskAssessment afterBreach(UUID caseId, RiskFactors factors, ScreeningAnswers screening,
			RiskOutcome outcome) {
		return reassessed(caseId, RiskAssessment.BREACH, "after a breach of the order", factors, screening, outcome);
	}

	/** The same after a new incident was reported on the open case ({@code incidentReassessment}). */
	@Transactional
	public RiskAssessment afterIncident(UUID caseId, RiskFactors factors, ScreeningAnswers screening,
			RiskOutcome outcome) {
		return reassessed(caseId, RiskAssessment.INCIDENT, "after a new incident", factors, screening, outcome);
	}

	private RiskAssessment reassessed(UUID caseId, String context, String after, RiskFactors factors,
			ScreeningAnswers screening, RiskOutcome outcome) {
		CaseFile caseFile = cases.load(caseId);
		String before = caseFile.riskLevel().orElse("not assessed");
		cases.record(caseId, "RISK_REASSESSED", summary(after, before, outcome));
		caseFile.riskReassessed(outcome.riskLevel());
		cases.riskChanged(caseFile);
		return assessments.save(new RiskAssessment(caseFile.id(), context, factors, screening, outcome, cases.actor(),
				clock.instant()));
	}

	/** What a reassessment collects, for the caller's audit entry. */
	public static final List<String> AUDITED_FIELDS = List.of("riskAssessment.answers");

	private static String summary(String after, String before, RiskOutcome outcome) {
		List<String> flags = outcome.flagNames();
		return "Risk reassessed " + after + ": " + before + " to " + outcome.riskLevel()
				+ (flags.isEmpty() ? "" : ": " + String.join(", ", flags));
	}

}
