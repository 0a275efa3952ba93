package uk.police.spo.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/**
 * What a victim update task must submit: that the victim was told, and how. The update follows several key events,
 * each its own task, so each task key has its own bean.
 */
abstract class VictimUpdateValidation implements TaskFormValidator {

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		FormChecks check = new FormChecks(values, problems);
		check.confirmed("victimUpdated", "confirm that the victim has been told, through the agreed safe contact");
		check.oneOf("victimUpdateMethod", InvestigationCodes.VICTIM_UPDATE_METHODS);
		return problems;
	}

	/** {@code Task_UpdateVictimOfArrest}. */
	@Component("updateVictimOfArrestValidation")
	static class OfArrest extends VictimUpdateValidation {

		@Override
		public String taskDefinitionKey() {
			return "Task_UpdateVictimOfArrest";
		}

	}

	/** {@code Task_UpdateVictimOfDecision}: the charge, no further action or the prosecutors' decision. */
	@Component("updateVictimOfDecisionValidation")
	static class OfDecision extends VictimUpdateValidation {

		@Override
		public String taskDefinitionKey() {
			return "Task_UpdateVictimOfDecision";
		}

	}

}
