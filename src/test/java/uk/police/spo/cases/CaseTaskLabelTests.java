package uk.police.spo.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

class CaseTaskLabelTests {

	@Test
	void aLabelledNameTakesTheCasesNewRiskLevel() {
		assertThat(CaseTaskLabel.withRisk("Review the order · SH-2026-000001 · MEDIUM risk", "SH-2026-000001", "HIGH"))
			.isEqualTo("Review the order · SH-2026-000001 · HIGH risk");
		assertThat(CaseTaskLabel.withRisk("Plan the investigation · SH-2026-000001", "SH-2026-000001", "HIGH"))
			.isEqualTo("Plan the investigation · SH-2026-000001 · HIGH risk");
	}

	@Test
	void aNewTaskOfARepeatCaseSaysSo() {
		DelegateTask task = mock(DelegateTask.class, RETURNS_DEEP_STUBS);
		when(task.getExecution().getProcessBusinessKey()).thenReturn("SH-2026-000001");
		when(task.getName()).thenReturn("Confirm the details");
		when(task.getVariable("repeatCase")).thenReturn(true);

		new CaseTaskLabel().notify(task);

		verify(task).setName("Confirm the details · SH-2026-000001 · repeat case");
	}

	@Test
	void aRepeatCaseKeepsItsFlagWhenTheRiskChanges() {
		assertThat(CaseTaskLabel.withRisk("Confirm the details · SH-2026-000001 · repeat case", "SH-2026-000001",
				"MEDIUM"))
			.isEqualTo("Confirm the details · SH-2026-000001 · MEDIUM risk · repeat case");
		assertThat(CaseTaskLabel.withRisk("Screen the risk · SH-2026-000001 · MEDIUM risk · repeat case",
				"SH-2026-000001", "HIGH"))
			.isEqualTo("Screen the risk · SH-2026-000001 · HIGH risk · repeat case");
	}

	@Test
	void aNameWithoutTheCasesLabelStays() {
		assertThat(CaseTaskLabel.withRisk("Review the order", "SH-2026-000001", "HIGH")).isEqualTo("Review the order");
		assertThat(CaseTaskLabel.withRisk(null, "SH-2026-000001", "HIGH")).isNull();
	}

}
