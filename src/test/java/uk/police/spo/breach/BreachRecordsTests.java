package uk.police.spo.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.ScreeningAnswers;
import uk.police.spo.partners.RecordedConsent;
import uk.police.spo.partners.PartnerReferrals;
import uk.police.spo.triage.RiskFactors;
import uk.police.spo.triage.RiskOutcome;
import uk.police.spo.triage.RiskReassessments;

/** The risk part of a breach: the breach row, the case's risk assessment, the timeline and the audit log. */
class BreachRecordsTests {

	static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

	static final RiskFactors FACTORS = new RiskFactors(16, "YES", 6, true, false, false, 5, true);

	static final ScreeningAnswers SCREENING = new ScreeningAnswers(true, true, true, true, true, true, false, false);

	static final RiskOutcome HIGH = new RiskOutcome("HIGH", true, true, true);

	final Breaches breaches = mock(Breaches.class);

	final CaseRecords records = mock(CaseRecords.class);

	final RiskReassessments reassessments = mock(RiskReassessments.class);

	final BreachRecords breachRecords = new BreachRecords(breaches, mock(NotificationDeadlines.class),
			mock(PartnerReferrals.class), mock(RecordedConsent.class), records, reassessments,
			Clock.fixed(NOW, ZoneOffset.UTC));

	final UUID caseId = UUID.randomUUID();

	final Breach breach = Breach.reported(caseId, UUID.randomUUID(), BreachSource.OFFICER, NOW.minusSeconds(3600), NOW);

	@Test
	void theReassessedRiskIsKeptWithTheBreachAndAsTheCasesRiskAssessment() {
		breach.recordedAsCrime("CR/2026/1234", "ARRESTED", "CHARGE");
		when(breaches.findById(breach.id())).thenReturn(Optional.of(breach));

		breachRecords.riskReassessed(breach.id(), FACTORS, SCREENING, HIGH, true);

		assertThat(breach.riskLevel()).contains("HIGH");
		assertThat(breach.variationNeeded()).contains(true);
		InOrder order = inOrder(reassessments, records);
		order.verify(reassessments).afterBreach(caseId, FACTORS, SCREENING, HIGH);
		order.verify(records).record(caseId, "BREACH_RISK_REASSESSED",
				"Breach dealt with: a variation of the order is to be sought");
		// field names only, as triage's assessment logs them; the audit entries come last
		order.verify(records).audit(caseId, AuditAction.COLLECT, List.of("riskAssessment.answers"),
				"risk reassessment after a breach");
		order.verify(records).audit(caseId, AuditAction.ALTER, List.of("breach.riskLevel", "breach.variationNeeded"),
				"risk reassessed after a breach");
	}

	@Test
	void anOrderThatStandsIsNamedOnTheTimeline() {
		breach.recordedAsCrime("CR/2026/1234", "ARRESTED", "CHARGE");
		when(breaches.findById(breach.id())).thenReturn(Optional.of(breach));

		breachRecords.riskReassessed(breach.id(), FACTORS, SCREENING, new RiskOutcome("MEDIUM", false, true, false), false);

		assertThat(breach.variationNeeded()).contains(false);
		inOrder(records).verify(records).record(caseId, "BREACH_RISK_REASSESSED",
				"Breach dealt with: the order stands as made");
	}

	@Test
	void aBreachNotYetRecordedAsACrimeGetsNoRiskAssessment() {
		when(breaches.findById(breach.id())).thenReturn(Optional.of(breach));

		assertThatThrownBy(() -> breachRecords.riskReassessed(breach.id(), FACTORS, SCREENING, HIGH, false))
			.isInstanceOf(IllegalStateException.class);

		verifyNoInteractions(reassessments, records);
	}

}
