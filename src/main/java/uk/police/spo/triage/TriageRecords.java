package uk.police.spo.triage;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.cases.ConductClassification;
import uk.police.spo.cases.OtherOffence;
import uk.police.spo.cases.Relationship;
import uk.police.spo.cases.ScreeningAnswers;

/**
 * What triage writes to the case file: its status, timeline, classification (with the answers behind it,
 * {@link ConductClassification}, and the most serious other offences), risk level and risk assessments.
 */
@Service
class TriageRecords {

	/** The length of a timeline entry's summary ({@code case_timeline_entry.summary}). */
	private static final int TIMELINE_SUMMARY_LENGTH = 500;

	private final CaseRecords cases;

	private final RiskAssessmentRepository assessments;

	private final AuditTrail audit;

	private final Clock clock;

	TriageRecords(CaseRecords cases, RiskAssessmentRepository assessments, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.assessments = assessments;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public TriageFacts start(UUID caseId) {
		CaseFile caseFile = cases.moveTo(caseId, CaseStatus.IN_TRIAGE, "TRIAGE_STARTED", "Triage started");
		TriageFacts facts = new TriageFacts(caseFile.relationship() == Relationship.EX_PARTNER,
				caseFile.incidents().size(), caseFile.consentToPartnerReferral(), caseFile.screening());
		// no audit row: triage starts inside the report's transaction, whose COLLECT entry already names these fields
		return facts;
	}

	@Transactional
	public RiskAssessment assess(UUID caseId, String classification, ConductClassification conduct,
			List<OtherOffence> otherOffences, RiskFactors factors, ScreeningAnswers screening, RiskOutcome outcome) {
		cases.record(caseId, "CONDUCT_CLASSIFIED", classified(classification, conduct, otherOffences));
		CaseFile caseFile = cases.record(caseId, "RISK_ASSESSED", summary(classification, outcome));
		caseFile.triaged(classification, outcome.riskLevel());
		cases.riskChanged(caseFile);
		caseFile.classified(conduct, otherOffences);
		RiskAssessment assessment = assessments.save(new RiskAssessment(caseFile.id(), RiskAssessment.TRIAGE, factors,
				screening, outcome, cases.actor(), clock.instant()));
		audit.recordAtCommit(AuditAction.COLLECT, caseFile.reference(), List.of("riskAssessment.answers"),
				"triage risk assessment");
		return assessment;
	}

	/** Plan items are codes (TARGET_HARDENING, ...), so the timeline can name them. */
	@Transactional
	public void planSafeguarding(UUID caseId, List<String> items) {
		cases.record(caseId, "SAFEGUARDING_PLANNED",
				items.isEmpty() ? "Safeguarding plan: no measures" : "Safeguarding plan: " + String.join(", ", items));
		cases.audit(caseId, AuditAction.COLLECT, List.of("safeguarding.plan"), "safeguarding plan");
	}

	@Transactional
	public void complete(UUID caseId, String classification, String riskLevel) {
		cases.moveTo(caseId, CaseStatus.TRIAGED, CaseFile.TRIAGE_COMPLETED,
				"Triage completed: " + classification + ", " + riskLevel + " risk");
	}

	/** Codes and crime references only: the reason for stalking without FOUR is in the case's notes. */
	private static String classified(String classification, ConductClassification conduct,
			List<OtherOffence> otherOffences) {
		StringBuilder summary = new StringBuilder("Classified ").append(classification);
		if (conduct.crimeReference() != null) {
			summary.append(" (").append(conduct.crimeReference()).append(')');
		}
		String answers = "; stalking question " + orNotAsked(conduct.stalkingQuestion()) + "; FOUR (F/O/U/R) "
				+ String.join("/", orNotAsked(conduct.fixated()), orNotAsked(conduct.obsessive()),
						orNotAsked(conduct.unwanted()), orNotAsked(conduct.repeated()));
		String others = otherOffences.isEmpty() ? "; most serious other offence " + OtherOffence.NONE
				: (otherOffences.size() > 1 ? "; most serious other offences " : "; most serious other offence ")
						+ String.join(", ", otherOffences.stream()
							.map(o -> o.offence() + " (" + o.crimeReference() + ")")
							.toList());
		if (summary.length() + others.length() + answers.length() > TIMELINE_SUMMARY_LENGTH) {
			// five long offences with long references: the case page and the case JSON list them
			others = "; " + otherOffences.size() + " most serious other offences";
		}
		return summary.append(others).append(answers).toString();
	}

	private static String orNotAsked(String answer) {
		return answer == null ? "NOT_ASKED" : answer;
	}

	private static String summary(String classification, RiskOutcome outcome) {
		List<String> flags = outcome.flagNames();
		return "Risk assessed " + outcome.riskLevel() + " (" + classification + ")"
				+ (flags.isEmpty() ? "" : ": " + String.join(", ", flags));
	}

}
