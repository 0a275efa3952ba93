package uk.police.spo.retention;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.FormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_RecordClosure} must submit. */
@Component
public class ClosureValidation implements TaskFormValidator {

	public static final List<String> OUTCOMES = List.of("CHARGED", "NO_FURTHER_ACTION", "ORDER_ENDED", "VICTIM_WITHDREW",
			"OTHER");

	@Override
	public String taskDefinitionKey() {
		return "Task_RecordClosure";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return FormChecks.of(values).oneOf("closureOutcome", OUTCOMES).text("closureNote", 2000, true).problems();
	}

}
