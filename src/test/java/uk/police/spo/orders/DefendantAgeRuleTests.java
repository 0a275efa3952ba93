package uk.police.spo.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The decision to apply, against the suspect's recorded date of birth. */
class DefendantAgeRuleTests {

	static final Clock DECIDED = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

	static final String CASE = "0b6a3d0e-1d7e-4b1e-9a53-1c3f2f6c2a11";

	@Test
	void noOrderIsAppliedForAgainstAPersonUnderTen() {
		assertThat(rule(LocalDate.of(2016, 12, 3)).problems(applying(false)))
			.containsExactly("apply: an order cannot be applied for against a person under 10; the suspect's recorded "
					+ "date of birth makes them 9");
		assertThat(rule(LocalDate.of(2016, 12, 2)).problems(applying(true))).as("10 today, under 18").isEmpty();
	}

	@Test
	void underEighteenAgreesWithTheDateOfBirth() {
		assertThat(rule(LocalDate.of(2009, 1, 1)).problems(applying(false))).containsExactly(
				"defendantUnder18: the suspect's recorded date of birth makes them 17; tick it, so that the "
						+ "application goes to the youth court");
		assertThat(rule(LocalDate.of(1990, 1, 1)).problems(applying(true)))
			.containsExactly("defendantUnder18: the suspect's recorded date of birth makes them 36; leave it unticked");
		assertThat(rule(LocalDate.of(1990, 1, 1)).problems(applying(false))).isEmpty();
	}

	@Test
	void withoutARecordedDateOfBirthOrADecisionToApplyThereIsNothingToCheck() {
		assertThat(new DefendantAgeRule(id -> Optional.empty(), DECIDED).problems(applying(true))).isEmpty();
		Map<String, Object> notApplying = applying(false);
		notApplying.put("apply", false);
		assertThat(rule(LocalDate.of(2020, 1, 1)).problems(notApplying)).isEmpty();
	}

	private static DefendantAgeRule rule(LocalDate born) {
		return new DefendantAgeRule(id -> CASE.equals(id.toString()) ? Optional.of(born) : Optional.empty(), DECIDED);
	}

	private static Map<String, Object> applying(boolean under18) {
		return new HashMap<>(Map.of("caseId", CASE, "apply", true, "defendantUnder18", under18));
	}

}
