package uk.police.spo.triage;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/**
 * {@code Task_ClassifyConduct} and the Home Office Counting Rule: a course of conduct (two or more incidents) by a
 * former partner is recorded as stalking (8Q) unless it is harassment only (8L), which the officer must then explain.
 * {@code formerPartner} is a process variable the form does not carry.
 */
@Component
class ClassifyConductValidation implements TaskRule {

	@Override
	public String taskDefinitionKey() {
		return "Task_ClassifyConduct";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		boolean courseOfConductByFormerPartner = Boolean.TRUE.equals(values.get("formerPartner"))
				&& values.get("incidentCount") instanceof Number incidents && incidents.longValue() >= 2;
		if (courseOfConductByFormerPartner && !"STALKING_8Q".equals(values.get("classification"))
				&& !harassmentOnly(values)) {
			return List.of("classification: a former partner's course of conduct is recorded as stalking (8Q) unless "
					+ "it is harassment only (8L, with harassmentOnlyReason)");
		}
		return List.of();
	}

	private static boolean harassmentOnly(Map<String, Object> values) {
		return "HARASSMENT_8L".equals(values.get("classification"))
				&& values.get("harassmentOnlyReason") instanceof String reason && !reason.isBlank();
	}

}
