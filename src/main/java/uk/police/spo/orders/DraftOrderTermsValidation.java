package uk.police.spo.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_DraftOrderTerms} must submit: at least one term in the numbered slots, each with its kind, wording
 * and why it is necessary; interim order wanted or not; and a duration of at least 2 years or until further order.
 */
@Component
class DraftOrderTermsValidation implements TaskFormValidator {

	static final List<String> DURATIONS = List.of("FIXED", "UNTIL_FURTHER_ORDER");

	@Override
	public String taskDefinitionKey() {
		return "Task_DraftOrderTerms";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>(TermSlots.problems(values));
		if (!FormValues.yesOrNo(values.get("interimWanted"))) {
			problems.add("interimWanted: answer YES or NO");
		}
		Object duration = values.get("orderDuration");
		if (!FormValues.oneOf(DURATIONS, duration)) {
			problems.add("orderDuration: choose FIXED or UNTIL_FURTHER_ORDER");
		}
		else if ("FIXED".equals(duration)
				&& !(values.get("durationYears") instanceof Number years && years.doubleValue() >= 2
						&& years.doubleValue() == Math.floor(years.doubleValue()))) {
			problems.add("durationYears: a fixed order runs for a whole number of years, at least 2");
		}
		return problems;
	}

}
