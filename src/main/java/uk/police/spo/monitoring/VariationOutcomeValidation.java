package uk.police.spo.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.orders.TermSlots;
import uk.police.spo.tasks.TaskRule;

/** {@code Task_RecordVariationOutcome}: the decision is not dated ahead, and a granted variation states its terms. */
@Component
class VariationOutcomeValidation implements TaskRule {

	private final Clock clock;

	private final OrderGrantDates orders;

	VariationOutcomeValidation(Clock clock, OrderGrantDates orders) {
		this.clock = clock;
		this.orders = orders;
	}

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordVariationOutcome";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>(CourtDates.inTheFuture(values, "variationDecidedOn", clock).stream().toList());
		CourtDates.beforeTheOrder(values, "variationDecidedOn", orders).ifPresent(problems::add);
		if ("GRANTED".equals(values.get("variationDecision"))) {
			problems.addAll(TermSlots.problems(values));
		}
		return problems;
	}

}
