package uk.police.spo.intake;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.FormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_RespondToImmediateDanger} must submit. */
@Component
public class ImmediateDangerResponseValidation implements TaskFormValidator {

	static final List<String> RESPONSES = List.of("OFFICERS_DISPATCHED", "VICTIM_CONFIRMED_SAFE", "HANDED_TO_CONTROL_ROOM");

	@Override
	public String taskDefinitionKey() {
		return "Task_RespondToImmediateDanger";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return FormChecks.of(values).oneOf("dangerResponse", RESPONSES).text("dangerResponseNote", 2000, false).problems();
	}

}
