package uk.police.spo.triage;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/**
 * {@code Task_PlanSafeguarding}: when DMN {@code triageRisk} asked for urgent safeguarding (process variable
 * {@code urgentSafeguarding}), at least one urgent measure is ticked.
 */
@Component
class PlanSafeguardingValidation implements TaskRule {

	@Override
	public String taskDefinitionKey() {
		return "Task_PlanSafeguarding";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		boolean urgentMeasure = SafeguardingMeasures.URGENT.keySet()
			.stream()
			.anyMatch(key -> Boolean.TRUE.equals(values.get(key)));
		if (Boolean.TRUE.equals(values.get("urgentSafeguarding")) && !urgentMeasure) {
			return List.of("urgentAddressMarker: urgent safeguarding was asked for; tick at least one urgent measure");
		}
		return List.of();
	}

}
