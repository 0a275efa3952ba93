package uk.police.spo.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_ConfirmDetails} must submit. */
@Component
public class ConfirmDetailsValidation implements TaskFormValidator {

	static final List<String> SAFE_CONTACT_METHODS = List.of("PHONE", "EMAIL", "NONE");

	@Override
	public String taskDefinitionKey() {
		return "Task_ConfirmDetails";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		if (!Boolean.TRUE.equals(values.get("detailsConfirmed"))) {
			problems.add("detailsConfirmed: confirm that the report's details have been checked");
		}
		if (!(values.get("safeContactMethod") instanceof String method) || !SAFE_CONTACT_METHODS.contains(method)) {
			problems.add("safeContactMethod: choose one of " + SAFE_CONTACT_METHODS);
		}
		Object note = values.get("triageNote");
		if (note != null && (!(note instanceof String text) || text.length() > 2000)) {
			problems.add("triageNote: a note is text of at most 2000 characters");
		}
		return problems;
	}

}
