package uk.police.spo.monitoring;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/** {@code Task_RecordDischargeOutcome}: the court's decision on a discharge is recorded once it has happened, never ahead. */
@Component
class DischargeOutcomeValidation implements TaskRule {

	private final Clock clock;

	DischargeOutcomeValidation(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordDischargeOutcome";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return CourtDates.inTheFuture(values, "dischargeDecidedOn", clock).stream().toList();
	}

}
