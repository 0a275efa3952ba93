package uk.police.spo.investigation;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/** {@code Task_PlanInvestigation}: a plan has at least one line of enquiry, each of which is a checkbox of its own. */
@Component
class PlanInvestigationValidation implements TaskRule {

	@Override
	public String taskDefinitionKey() {
		return "Task_PlanInvestigation";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		boolean anyLine = InvestigationCodes.LINES_OF_ENQUIRY.keySet()
			.stream()
			.anyMatch(line -> Boolean.TRUE.equals(values.get(line)));
		return anyLine ? List.of() : List.of("enquiryVictimStatement: choose at least one line of enquiry");
	}

}
