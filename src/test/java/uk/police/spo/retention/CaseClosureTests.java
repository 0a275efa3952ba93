package uk.police.spo.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.cases.Relationship;
import uk.police.spo.cases.ReporterType;

class CaseClosureTests {

	/** 00:30 on 1 July in London (summer time): the case closed on 1 July, not on 30 June. */
	static final Instant CLOSED_AT = Instant.parse("2026-06-30T23:30:00Z");

	final CaseRecords records = mock(CaseRecords.class);

	final CaseFile caseFile = new CaseFile("SH-2026-000042", ReporterType.VICTIM, false, Relationship.EX_PARTNER,
			false, Instant.parse("2026-01-05T10:00:00Z"));

	CaseClosure closure(Period reviewAfter) {
		when(records.load(caseFile.id())).thenReturn(caseFile);
		return new CaseClosure(records, Clock.fixed(CLOSED_AT, ZoneOffset.UTC), new RetentionProperties(reviewAfter));
	}

	@Test
	void closesTheCaseWithItsOutcomeAndAReviewDateCountedFromTheDayInLondon() {
		LocalDate reviewOn = closure(Period.ofYears(6)).close(caseFile.id(), "NO_FURTHER_ACTION");

		assertThat(reviewOn).isEqualTo(LocalDate.of(2032, 7, 1));
		assertThat(caseFile.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(caseFile.closedAt()).contains(CLOSED_AT);
		assertThat(caseFile.closureOutcome()).contains("NO_FURTHER_ACTION");
		assertThat(caseFile.retentionReviewOn()).contains(LocalDate.of(2032, 7, 1));
		verify(records).record(caseFile.id(), "CASE_CLOSED",
				"Case closed (NO_FURTHER_ACTION), retention review on 2032-07-01");
	}

	@Test
	void theReviewPeriodIsConfigurable() {
		assertThat(closure(Period.ofYears(7)).close(caseFile.id(), "ORDER_EXPIRED")).isEqualTo(LocalDate.of(2033, 7, 1));
	}

	@Test
	void anOutcomeMustBeACodeNotWords() {
		CaseClosure closure = closure(Period.ofYears(6));
		for (String outcome : new String[] { null, "", "closed: victim moved to 3 Elm Road", "no_further_action",
				"A".repeat(41) }) {
			assertThatThrownBy(() -> closure.close(caseFile.id(), outcome)).as(String.valueOf(outcome))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageNotContaining("Elm");
		}
		verify(records, never()).record(any(), anyString(), anyString());
		assertThat(caseFile.status()).isEqualTo(CaseStatus.REPORTED);
	}

	@Test
	void aCaseIsClosedOnce() {
		CaseClosure closure = closure(Period.ofYears(6));
		closure.close(caseFile.id(), "CHARGED");

		assertThatThrownBy(() -> closure.close(caseFile.id(), "NO_FURTHER_ACTION"))
			.isInstanceOf(IllegalStateException.class);
		assertThat(caseFile.closureOutcome()).contains("CHARGED");
	}

}
