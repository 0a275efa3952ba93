package uk.police.spo.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_PlanInvestigation} must submit. */
@Component
class PlanInvestigationValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_PlanInvestigation";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		FormChecks check = new FormChecks(values, problems);
		check.anyTicked(InvestigationCodes.LINES_OF_ENQUIRY.keySet(), "choose at least one line of enquiry");
		check.yesOrNo("considerSpoNow", "say whether a Stalking Protection Order should be considered now");
		check.text("spoConsiderationReason", "give the reason for considering an order now or not");
		return problems;
	}

}
