package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** The checklist's stalking question as the answers hold it, and as an instance that answered the earlier box does. */
class RiskFactorsTests {

	@Test
	void theAnswerIsKeptAsGiven() {
		VariableScope answered = mock(VariableScope.class);
		when(answered.getVariable("dashStalkingQuestion")).thenReturn("NOT_KNOWN");

		assertThat(RiskFactors.of(answered).stalkingQuestion()).isEqualTo("NOT_KNOWN");
	}

	@Test
	void theEarlierBoxReadsTickedAsYesAndUntickedAsNotKnown() {
		VariableScope ticked = mock(VariableScope.class);
		when(ticked.getVariable("stalkingQuestionYes")).thenReturn(true);
		VariableScope unticked = mock(VariableScope.class);
		when(unticked.getVariable("stalkingQuestionYes")).thenReturn(false);

		assertThat(RiskFactors.of(ticked).stalkingQuestion()).isEqualTo("YES");
		assertThat(RiskFactors.of(unticked).stalkingQuestion()).isEqualTo("NOT_KNOWN");
		assertThat(RiskFactors.of(mock(VariableScope.class)).stalkingQuestion()).isNull();
	}

}
