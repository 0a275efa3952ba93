package uk.police.spo.monitoring;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/** {@code Task_PrepareVariationApplication}: a variation application lodged is recorded once it has happened, never ahead. */
@Component
class PrepareVariationValidation implements TaskRule {

	private final Clock clock;

	PrepareVariationValidation(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String taskDefinitionKey() {
		return "Task_PrepareVariationApplication";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return CourtDates.inTheFuture(values, "variationLodgedOn", clock).stream().toList();
	}

}
