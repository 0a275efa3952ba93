package uk.police.spo.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_ReviewApplication} must submit: approve, or send back with the reasons. */
@Component
class ReviewApplicationValidation implements TaskFormValidator {

	static final List<String> DECISIONS = List.of("APPROVE", "SEND_BACK");

	@Override
	public String taskDefinitionKey() {
		return "Task_ReviewApplication";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		Object decision = values.get("reviewDecision");
		if (!FormValues.oneOf(DECISIONS, decision)) {
			problems.add("reviewDecision: choose APPROVE or SEND_BACK");
		}
		Object reasons = values.get("sendBackReasons");
		if ("SEND_BACK".equals(decision) && !FormValues.hasText(reasons)) {
			problems.add("sendBackReasons: say why the application goes back to drafting");
		}
		if (!FormValues.fitsText(reasons)) {
			problems.add("sendBackReasons: at most 2000 characters");
		}
		return problems;
	}

}
