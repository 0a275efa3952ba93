package uk.police.spo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A breach suspected at an order review happened on a day that has come. */
class ReviewOrderValidationTests {

	final ReviewOrderValidation rule = new ReviewOrderValidation(
			Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));

	@Test
	void aSuspectedBreachDatedTomorrowIsRefusedAndTodayIsTaken() {
		assertThat(rule.problems(Map.of("orderCompliance", "BREACH_SUSPECTED", "breachOccurredOn", "2026-06-02")))
			.containsExactly("breachOccurredOn: the date cannot be in the future");
		assertThat(rule.problems(Map.of("orderCompliance", "BREACH_SUSPECTED", "breachOccurredOn", "2026-06-01")))
			.isEmpty();
		assertThat(rule.problems(Map.of("orderCompliance", "COMPLYING", "breachOccurredOn", "2026-06-02"))).isEmpty();
	}

}
