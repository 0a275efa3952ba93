package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class AnswerTests {

	private final Map<String, Object> variables = new HashMap<>();

	private final VariableScope scope = Mockito.mock(VariableScope.class);

	AnswerTests() {
		Mockito.when(scope.getVariable(Mockito.anyString())).thenAnswer(call -> variables.get(call.getArgument(0)));
	}

	@Test
	void textIsStrippedAndABlankAnswerIsNone() {
		Answer reasons = Answer.field("reasons", "a-form");
		variables.put("reasons", "  not enough evidence \n");
		assertThat(reasons.text(scope)).isEqualTo("not enough evidence");
		variables.put("reasons", "   ");
		assertThat(reasons.text(scope)).isNull();
	}

	@Test
	void onlyTrueIsAYes() {
		Answer agreed = Answer.field("agreed", "a-form");
		assertThat(agreed.yes(scope)).isFalse();
		variables.put("agreed", "true");
		assertThat(agreed.yes(scope)).isFalse();
		variables.put("agreed", true);
		assertThat(agreed.yes(scope)).isTrue();
	}

	@Test
	void datesMomentsNumbersAndChoicesAreConverted() {
		variables.putAll(Map.of("on", "2026-03-29", "at", "2026-03-29T01:30:00+01:00", "years", 5L, "level", "HIGH"));
		assertThat(Answer.field("on", "f").date(scope)).isEqualTo(LocalDate.of(2026, 3, 29));
		assertThat(Answer.payload("at", "M").instant(scope)).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
		assertThat(Answer.field("years", "f").whole(scope)).isEqualTo(5);
		assertThat(Answer.field("level", "f").choice(scope, RiskLevel.class)).isEqualTo(RiskLevel.HIGH);
		assertThat(Answer.field("missing", "f").date(scope)).isNull();
	}

	@Test
	void aMissingOrMisshapenAnswerNamesItself() {
		variables.put("on", "29/03/2026");
		assertThatThrownBy(() -> Answer.field("on", "f").date(scope)).hasMessageContaining("on is not a date");
		assertThatThrownBy(() -> Answer.field("years", "f").whole(scope))
			.hasMessageContaining("reads years without it");
		variables.put("years", "five");
		assertThatThrownBy(() -> Answer.field("years", "f").whole(scope)).hasMessageContaining("years is not a number");
	}

	@Test
	void anAnswerReadsFromASubmissionToo() {
		VariableMap submitted = Variables.createVariables().putValue("hearingOn", "2026-05-01");
		Answer hearingOn = Answer.payload("hearingOn", "CourtHearingListed");
		assertThat(hearingOn.in(submitted)).isEqualTo("2026-05-01");
		assertThat(hearingOn.orPayloadOf("Other").origins()).hasSize(2);
	}

}
