package uk.police.spo.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CourtMessageRulesTests {

	final CourtMessageRules rules = new CourtMessageRules(
			Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));

	@Test
	void checksBothCourtMessages() {
		assertThat(rules.messageNames()).containsExactlyInAnyOrder("CourtHearingListed", "CourtOutcomeReceived");
	}

	@Test
	void aListingNeedsAnIsoDateAndAKnownKind() {
		assertThat(rules.problems("CourtHearingListed", Map.of("hearingOn", "2026-03-20", "hearingKind", "APPEAL")))
			.isEmpty();
		assertThat(rules.problems("CourtHearingListed", Map.of("hearingOn", "20/03/2026", "hearingKind", "TRIAL")))
			.hasSize(2)
			.anyMatch(p -> p.startsWith("hearingOn:"))
			.anyMatch(p -> p.startsWith("hearingKind:"));
		assertThat(rules.problems("CourtHearingListed", Map.of("hearingOn", "2026-02-30", "hearingKind", "FULL")))
			.singleElement()
			.asString()
			.startsWith("hearingOn:");
	}

	@Test
	void anOutcomeMustBeOneOfTheFour() {
		assertThat(rules.problems("CourtOutcomeReceived", Map.of("courtOutcome", "WITHDRAWN"))).singleElement()
			.asString()
			.startsWith("courtOutcome:");
		assertThat(rules.problems("CourtOutcomeReceived", Map.of())).singleElement()
			.asString()
			.startsWith("courtOutcome:");
		assertThat(rules.problems("CourtOutcomeReceived", Map.of("courtOutcome", "REFUSED"))).isEmpty();
	}

	@Test
	void aFullOrderRunsAtLeastTwoYearsFromTodayOrUntilFurtherOrder() {
		assertThat(full(Map.of("orderEndsOn", "2028-03-02"))).isEmpty();
		assertThat(full(Map.of("untilFurtherOrder", true))).isEmpty();
		assertThat(full(Map.of("orderEndsOn", "2028-03-01"))).singleElement().asString().startsWith("orderEndsOn:");
		assertThat(full(Map.of())).singleElement().asString().startsWith("orderEndsOn:");
		assertThat(full(Map.of("orderEndsOn", "2030-01-01", "untilFurtherOrder", true))).isNotEmpty();
		assertThat(full(Map.of("untilFurtherOrder", "true"))).isNotEmpty();
	}

	@Test
	void anInterimOrderNeedsAnEndDateAfterToday() {
		assertThat(outcome("INTERIM_GRANTED", Map.of("orderEndsOn", "2026-09-02"))).isEmpty();
		assertThat(outcome("INTERIM_GRANTED", Map.of())).singleElement().asString().startsWith("orderEndsOn:");
		assertThat(outcome("INTERIM_GRANTED", Map.of("orderEndsOn", "2026-03-02"))).isNotEmpty();
	}

	@Test
	void anAdjournmentNeedsAFutureNextHearing() {
		assertThat(outcome("ADJOURNED", Map.of("nextHearingOn", "2026-03-03"))).isEmpty();
		assertThat(outcome("ADJOURNED", Map.of("nextHearingOn", "2026-03-02"))).singleElement()
			.asString()
			.startsWith("nextHearingOn:");
		assertThat(outcome("ADJOURNED", Map.of("nextHearingOn", "next week"))).isNotEmpty()
			.allMatch(p -> p.startsWith("nextHearingOn:"));
		assertThat(outcome("ADJOURNED", Map.of())).isNotEmpty();
	}

	private List<String> full(Map<String, Object> payload) {
		return outcome("FULL_GRANTED", payload);
	}

	private List<String> outcome(String outcome, Map<String, Object> payload) {
		Map<String, Object> variables = new HashMap<>(payload);
		variables.put("courtOutcome", outcome);
		return rules.problems("CourtOutcomeReceived", variables);
	}

}
