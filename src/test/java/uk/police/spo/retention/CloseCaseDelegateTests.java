package uk.police.spo.retention;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class CloseCaseDelegateTests {

	final CaseClosure closure = mock(CaseClosure.class);

	final DelegateExecution execution = mock(DelegateExecution.class);

	@Test
	void closesTheCaseWithTheChosenOutcomeAndHandsTheReviewDateToTheProcess() {
		when(execution.getVariable("caseId")).thenReturn("0b7e6a52-8f0e-4c36-9a43-3f1c55c2a001");
		when(execution.getVariable("closureOutcome")).thenReturn("NO_FURTHER_ACTION");
		when(closure.close(UUID.fromString("0b7e6a52-8f0e-4c36-9a43-3f1c55c2a001"), "NO_FURTHER_ACTION"))
			.thenReturn(LocalDate.of(2032, 7, 1));

		new CloseCaseDelegate(closure).execute(execution);

		// midnight in London, summer time
		verify(execution).setVariable("retentionReviewOn", Date.from(Instant.parse("2032-06-30T23:00:00Z")));
	}

}
