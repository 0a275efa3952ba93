package uk.police.spo.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.orders.TermSlots;
import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_RecordVariationOutcome} must submit: the court's decision on the variation and its date, and when
 * granted the order's terms as varied, each with why it is necessary.
 */
@Component
class VariationOutcomeValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordVariationOutcome";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>(new OrderFormChecks(values).oneOf("variationDecision", OrderFormChecks.COURT_DECISIONS)
			.pastDate("variationDecidedOn")
			.problems());
		if ("GRANTED".equals(values.get("variationDecision"))) {
			problems.addAll(TermSlots.problems(values));
		}
		return problems;
	}

}
