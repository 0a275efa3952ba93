package uk.police.spo.monitoring;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/** {@code Task_RecordDischargeOutcome}: the court's decision on a discharge is recorded once it has happened, never ahead. */
@Component
class DischargeOutcomeValidation implements TaskRule {

	private final Clock clock;

	private final OrderGrantDates orders;

	DischargeOutcomeValidation(Clock clock, OrderGrantDates orders) {
		this.clock = clock;
		this.orders = orders;
	}

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordDischargeOutcome";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return Stream.concat(CourtDates.inTheFuture(values, "dischargeDecidedOn", clock).stream(),
				CourtDates.beforeTheOrder(values, "dischargeDecidedOn", orders).stream()).toList();
	}

}
