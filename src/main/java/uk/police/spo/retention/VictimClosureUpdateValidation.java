package uk.police.spo.retention;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.FormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_InformVictimOfClosure} must submit: the victim was told, or why they could not be. */
@Component
public class VictimClosureUpdateValidation implements TaskFormValidator {

	static final List<String> METHODS = List.of("PHONE", "EMAIL", "IN_PERSON", "NOT_SAFE", "NO_CONTACT");

	@Override
	public String taskDefinitionKey() {
		return "Task_InformVictimOfClosure";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return FormChecks.of(values)
			.isTrue("victimInformed", "confirm the victim has been told, or cannot be contacted safely")
			.oneOf("victimUpdateMethod", METHODS)
			.problems();
	}

}
