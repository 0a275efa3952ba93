package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class RiskOutcomeTests {

	@Test
	void readsTheDecisionsOutputsAsTheProcessOutputs() {
		RiskOutcome outcome = RiskOutcome.of(Map.of("riskLevel", "MEDIUM", "considerSpo", true, "maracReferral",
				false, "urgentSafeguarding", false));

		assertThat(outcome.variables()).containsExactlyInAnyOrderEntriesOf(Map.of("riskLevel", "MEDIUM",
				"maracReferral", false, "considerSpo", true, "urgentSafeguarding", false));
	}

	@Test
	void refusesADecisionWithoutAKnownRiskLevel() {
		assertThatThrownBy(() -> RiskOutcome.of(Map.of("riskLevel", "SEVERE"))).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> RiskOutcome.of(Map.of())).isInstanceOf(IllegalStateException.class);
	}

}
