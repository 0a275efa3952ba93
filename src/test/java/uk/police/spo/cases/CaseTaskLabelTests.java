package uk.police.spo.cases;

import static org.assertj.core.api.Assertions.assertThat;

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
	void aNameWithoutTheCasesLabelStays() {
		assertThat(CaseTaskLabel.withRisk("Review the order", "SH-2026-000001", "HIGH")).isEqualTo("Review the order");
		assertThat(CaseTaskLabel.withRisk(null, "SH-2026-000001", "HIGH")).isNull();
	}

}
