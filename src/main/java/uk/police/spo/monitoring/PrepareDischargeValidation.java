package uk.police.spo.monitoring;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/** {@code Task_PrepareDischargeApplication}: a discharge application lodged is recorded once it has happened, never ahead. */
@Component
class PrepareDischargeValidation implements TaskRule {

	private final Clock clock;

	PrepareDischargeValidation(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String taskDefinitionKey() {
		return "Task_PrepareDischargeApplication";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return CourtDates.inTheFuture(values, "dischargeLodgedOn", clock).stream().toList();
	}

}
