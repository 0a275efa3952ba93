package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.ScreeningAnswers;
import uk.police.spo.cases.Relationship;
import uk.police.spo.cases.ReporterType;

class RiskReassessmentsTests {

	static final UUID CASE_ID = UUID.fromString("6f1c3a52-6a43-4b6f-9d5e-0d1f2a3b4c5e");

	static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

	final CaseRecords cases = mock(CaseRecords.class);

	final RiskAssessmentRepository assessments = mock(RiskAssessmentRepository.class);

	final AuditTrail audit = mock(AuditTrail.class);

	final RiskReassessments reassessments = new RiskReassessments(cases, assessments, Clock.fixed(NOW, ZoneOffset.UTC));

	final CaseFile caseFile = new CaseFile("SH-2026-000009", ReporterType.VICTIM, false, Relationship.EX_PARTNER, true,
			NOW.minusSeconds(86400 * 60));

	@BeforeEach
	void triagedCase() {
		caseFile.triaged("STALKING_8Q", "MEDIUM");
		when(cases.load(CASE_ID)).thenReturn(caseFile);
		when(cases.record(any(), anyString(), anyString())).thenReturn(caseFile);
		when(cases.actor()).thenReturn("investigator");
		when(assessments.save(any())).thenAnswer(call -> call.getArgument(0));
	}

	@Test
	void aReassessmentAfterABreachIsKeptBesideTriagesAndMovesTheCasesRiskLevel() {
		RiskFactors factors = new RiskFactors(16, "YES", 6, true, false, false, 5, true);
		RiskOutcome outcome = new RiskOutcome("HIGH", true, true, true);

		RiskAssessment assessment = reassessments.afterBreach(CASE_ID, factors, ScreeningAnswers.unanswered(), outcome);

		assertThat(assessment.caseId()).isEqualTo(caseFile.id());
		assertThat(assessment.context()).isEqualTo(RiskAssessment.BREACH);
		assertThat(assessment.factors()).isEqualTo(factors);
		assertThat(assessment.outcome()).isEqualTo(outcome);
		assertThat(assessment.assessedBy()).isEqualTo("investigator");
		assertThat(assessment.assessedAt()).isEqualTo(NOW);
		assertThat(caseFile.riskLevel()).contains("HIGH");
		assertThat(caseFile.classification()).contains("STALKING_8Q");
		InOrder order = inOrder(cases, assessments, audit);
		order.verify(cases).record(CASE_ID, "RISK_REASSESSED", "Risk reassessed after a breach of the order: MEDIUM to "
				+ "HIGH: MARAC referral, consider an SPO, urgent safeguarding");
		order.verify(assessments).save(assessment);
		// the caller appends the audit entry, last in its step
		verifyNoInteractions(audit);
	}

	@Test
	void theScoreAfterABreachIsTheCasesLevelEvenWhenItIsLowerThanBefore() {
		caseFile.triaged("STALKING_8Q", "HIGH");

		reassessments.afterBreach(CASE_ID, new RiskFactors(2, "NO", 0, false, false, false, 3, true),
				ScreeningAnswers.unanswered(), new RiskOutcome("MEDIUM", false, true, false));

		assertThat(caseFile.riskLevel()).contains("MEDIUM");
		inOrder(cases).verify(cases).record(CASE_ID, "RISK_REASSESSED",
				"Risk reassessed after a breach of the order: HIGH to MEDIUM: consider an SPO");
	}

}
