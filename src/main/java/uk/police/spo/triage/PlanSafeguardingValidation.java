package uk.police.spo.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_PlanSafeguarding} must submit: the victim's needs that decide referral offers, and, when DMN
 * {@code triageRisk} asked for urgent safeguarding (process variable {@code urgentSafeguarding}), at least one urgent
 * measure.
 */
@Component
class PlanSafeguardingValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_PlanSafeguarding";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		FormValues.requireYesOrNo(values, "housingNeed", "whether the victim is unsafe at home", problems);
		FormValues.requireYesOrNo(values, "wantsAdvocacy", "whether the victim wants an advocate", problems);
		boolean urgentMeasure = SafeguardingMeasures.URGENT.keySet()
			.stream()
			.anyMatch(key -> Boolean.TRUE.equals(values.get(key)));
		if (Boolean.TRUE.equals(values.get("urgentSafeguarding")) && !urgentMeasure) {
			problems.add("urgentAddressMarker: urgent safeguarding was asked for; tick at least one urgent measure");
		}
		FormValues.allowText(values, "safeguardingNote", 2000, problems);
		return problems;
	}

}
