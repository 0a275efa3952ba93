package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

class TriageDeadlinesTests {

	static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	final TriageDeadlines deadlines = new TriageDeadlines(Duration.ofMinutes(30), Duration.ofHours(12),
			Duration.ofHours(1), Duration.ofHours(24), Duration.ofHours(72));

	@Test
	void beforeScoringTheDeadlineDependsOnImmediateDanger() {
		assertThat(deadlines.due(scope(Map.of("immediateDanger", true)))).isEqualTo(after(Duration.ofMinutes(30)));
		assertThat(deadlines.due(scope(Map.of("immediateDanger", false)))).isEqualTo(after(Duration.ofHours(12)));
	}

	@Test
	void onceScoredTheDeadlineIsTheRiskLevelsCountedFromTheStart() {
		assertThat(deadlines.due(scope(Map.of("immediateDanger", true, "riskLevel", "STANDARD"))))
			.isEqualTo(after(Duration.ofHours(72)));
		assertThat(deadlines.due(scope(Map.of("riskLevel", "MEDIUM")))).isEqualTo(after(Duration.ofHours(24)));
		assertThat(deadlines.due(scope(Map.of("riskLevel", "HIGH")))).isEqualTo(after(Duration.ofHours(1)));
	}

	@Test
	void refusesATriageWithoutAStartTime() {
		assertThatThrownBy(() -> deadlines.due(variables(Map.of()))).hasMessageContaining("triageStartedAt");
	}

	private static VariableScope scope(Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put("triageStartedAt", Date.from(START));
		return variables(all);
	}

	private static VariableScope variables(Map<String, Object> variables) {
		VariableScope scope = mock(VariableScope.class);
		when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.getArgument(0, String.class)));
		return scope;
	}

	private static Date after(Duration duration) {
		return Date.from(START.plus(duration));
	}

}
