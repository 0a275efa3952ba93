package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.cases.ConductClassification;
import uk.police.spo.cases.OtherOffence;
import uk.police.spo.cases.Relationship;
import uk.police.spo.cases.ReporterType;
import uk.police.spo.cases.ScreeningAnswers;

class TriageRecordsTests {

	static final UUID CASE_ID = UUID.fromString("6f1c3a52-6a43-4b6f-9d5e-0d1f2a3b4c5e");

	static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	static final ConductClassification CONDUCT = new ConductClassification("YES", "YES", "NOT_KNOWN", "YES", "YES",
			"41/12345/26");

	static final List<OtherOffence> OTHER_OFFENCES = List.of(new OtherOffence("CRIMINAL_DAMAGE", "41/12346/26"),
			new OtherOffence("THREATS_TO_KILL", "41/12347/26"));

	final CaseRecords cases = mock(CaseRecords.class);

	final RiskAssessmentRepository assessments = mock(RiskAssessmentRepository.class);

	final AuditTrail audit = mock(AuditTrail.class);

	final TriageRecords records = new TriageRecords(cases, assessments, audit, Clock.fixed(NOW, ZoneOffset.UTC));

	final CaseFile caseFile = new CaseFile("SH-2026-000007", ReporterType.VICTIM, false, Relationship.EX_PARTNER, true,
			NOW);

	@BeforeEach
	void caseFile() {
		when(cases.moveTo(any(), any(), anyString(), anyString())).thenReturn(caseFile);
		when(cases.record(any(), anyString(), anyString())).thenReturn(caseFile);
		when(cases.actor()).thenReturn("triage");
		when(assessments.save(any())).thenAnswer(call -> call.getArgument(0));
	}

	@Test
	void startingTriageReadsTheReportsFactsUnderTheReportsOwnAuditEntry() {
		caseFile.describeImpact(null, new ScreeningAnswers(true, null, null, null, null, null, null, null));

		TriageFacts facts = records.start(CASE_ID);

		assertThat(facts.formerPartner()).isTrue();
		assertThat(facts.consentToPartnerReferral()).isTrue();
		assertThat(facts.reportedIncidents()).isZero();
		assertThat(facts.variables()).containsEntry("victimVeryFrightened", true).containsEntry("recruitedOthers", null);
		verify(cases).moveTo(CASE_ID, CaseStatus.IN_TRIAGE, "TRIAGE_STARTED", "Triage started");
		verifyNoInteractions(audit);
	}

	@Test
	void anAssessmentIsKeptSetsTheCasesRiskAndNamesItsFlagsOnTheTimeline() {
		RiskOutcome outcome = new RiskOutcome("HIGH", true, true, false);
		RiskFactors factors = new RiskFactors(15, "YES", 2, true, false, false, 4, false);

		RiskAssessment assessment = records.assess(CASE_ID, "STALKING_8Q", CONDUCT, OTHER_OFFENCES, factors,
				ScreeningAnswers.unanswered(), outcome);

		assertThat(assessment.caseId()).isEqualTo(caseFile.id());
		assertThat(assessment.context()).isEqualTo("TRIAGE");
		assertThat(assessment.factors()).isEqualTo(factors);
		assertThat(assessment.outcome()).isEqualTo(outcome);
		assertThat(assessment.assessedBy()).isEqualTo("triage");
		assertThat(assessment.assessedAt()).isEqualTo(NOW);
		assertThat(caseFile.riskLevel()).contains("HIGH");
		assertThat(caseFile.classification()).contains("STALKING_8Q");
		assertThat(caseFile.conduct()).contains(CONDUCT);
		assertThat(caseFile.otherOffences()).isEqualTo(OTHER_OFFENCES);
		InOrder order = inOrder(cases, assessments, audit);
		order.verify(cases).record(CASE_ID, "CONDUCT_CLASSIFIED", "Classified STALKING_8Q (41/12345/26); most "
				+ "serious other offences CRIMINAL_DAMAGE (41/12346/26), THREATS_TO_KILL (41/12347/26); stalking "
				+ "question YES; FOUR (F/O/U/R) YES/NOT_KNOWN/YES/YES");
		order.verify(cases).record(CASE_ID, "RISK_ASSESSED",
				"Risk assessed HIGH (STALKING_8Q): MARAC referral, consider an SPO");
		order.verify(assessments).save(any());
		order.verify(audit).recordAtCommit(AuditAction.COLLECT, "SH-2026-000007", List.of("riskAssessment.answers"),
				"triage risk assessment");
	}

	@Test
	void aCaseClassifiedBeforeTheAnswersWereAskedSaysWhatWasNotAsked() {
		records.assess(CASE_ID, "HARASSMENT_8L", new ConductClassification(null, null, null, null, null, null),
				List.of(), new RiskFactors(3, "NO", 0, false, false, false, 2, false), ScreeningAnswers.unanswered(),
				new RiskOutcome("STANDARD", false, false, false));

		verify(cases).record(CASE_ID, "CONDUCT_CLASSIFIED", "Classified HARASSMENT_8L; most serious other offence "
				+ "NONE; stalking question NOT_ASKED; FOUR (F/O/U/R) NOT_ASKED/NOT_ASKED/NOT_ASKED/NOT_ASKED");
	}

	@Test
	void fiveLongOtherOffencesAreCountedOnTheTimelineWhenTheirNamesWouldNotFit() {
		List<OtherOffence> five = java.util.stream.IntStream.rangeClosed(1, 5)
			.mapToObj(n -> new OtherOffence("ASSAULT_OCCASIONING_ACTUAL_BODILY_HARM", "41/1234567890/26/LONG-REF-" + n))
			.toList();
		records.assess(CASE_ID, "MALICIOUS_COMMUNICATIONS", new ConductClassification("NOT_KNOWN", "NOT_KNOWN",
				"NOT_KNOWN", "NOT_KNOWN", "NOT_KNOWN", "41/1234567890/26/LONG-REF-0"), five,
				new RiskFactors(3, "NO", 0, false, false, false, 2, false), ScreeningAnswers.unanswered(),
				new RiskOutcome("STANDARD", false, false, false));

		ArgumentCaptor<String> summary = ArgumentCaptor.forClass(String.class);
		verify(cases).record(eq(CASE_ID), eq("CONDUCT_CLASSIFIED"), summary.capture());
		assertThat(summary.getValue()).hasSizeLessThanOrEqualTo(500).contains("; 5 most serious other offences;");
		assertThat(caseFile.otherOffences()).isEqualTo(five);
	}

	@Test
	void theTimelineSaysWhatWasPlanned() {
		records.planSafeguarding(CASE_ID, List.of());
		records.planSafeguarding(CASE_ID, List.of("PANIC_ALARM", "URGENT_SAFE_PLACE"));

		ArgumentCaptor<String> summaries = ArgumentCaptor.forClass(String.class);
		verify(cases, org.mockito.Mockito.times(2)).record(eq(CASE_ID), anyString(), summaries.capture());
		assertThat(summaries.getAllValues()).containsExactly("Safeguarding plan: no measures",
				"Safeguarding plan: PANIC_ALARM, URGENT_SAFE_PLACE");
	}

	@Test
	void completingTriageMovesTheCaseOn() {
		records.complete(CASE_ID, "HARASSMENT_8L", "MEDIUM");

		verify(cases).moveTo(CASE_ID, CaseStatus.TRIAGED, "TRIAGE_COMPLETED",
				"Triage completed: HARASSMENT_8L, MEDIUM risk");
	}

}
