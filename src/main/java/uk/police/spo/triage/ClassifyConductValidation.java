package uk.police.spo.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_ClassifyConduct} must submit, and the Home Office Counting Rule it enforces: a course of conduct
 * (two or more incidents) by a former partner is recorded as stalking (8Q) unless it is harassment only (8L), which
 * the officer must then explain. {@code formerPartner} is a process variable, so the rule is applied when the task
 * completes (the engine passes every variable); a bare form submission without it is checked for its own fields.
 */
@Component
class ClassifyConductValidation implements TaskFormValidator {

	static final List<String> CLASSIFICATIONS = List.of("STALKING_8Q", "HARASSMENT_8L", "MALICIOUS_COMMUNICATIONS",
			"OTHER");

	static final List<String> FOUR = List.of("fixated", "obsessive", "unwanted", "repeated");

	@Override
	public String taskDefinitionKey() {
		return "Task_ClassifyConduct";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		for (String answer : FOUR) {
			FormValues.requireYesOrNo(values, answer, "whether the behaviour is " + answer, problems);
		}
		Integer incidents = FormValues.wholeNumber(values, "incidentCount", 1, 999);
		if (incidents == null) {
			problems.add("incidentCount: the number of incidents, 1 to 999");
		}
		String classification = values.get("classification") instanceof String text
				&& CLASSIFICATIONS.contains(text) ? text : null;
		if (classification == null) {
			problems.add("classification: choose one of " + CLASSIFICATIONS);
		}
		FormValues.allowText(values, "harassmentOnlyReason", 500, problems);
		boolean courseOfConductByFormerPartner = Boolean.TRUE.equals(values.get("formerPartner")) && incidents != null
				&& incidents >= 2;
		if (courseOfConductByFormerPartner && classification != null && !"STALKING_8Q".equals(classification)
				&& !harassmentOnly(values)) {
			problems.add("classification: a former partner's course of conduct is recorded as stalking (8Q) unless "
					+ "it is harassment only (8L, with harassmentOnlyReason)");
		}
		return problems;
	}

	private static boolean harassmentOnly(Map<String, Object> values) {
		return "HARASSMENT_8L".equals(values.get("classification"))
				&& values.get("harassmentOnlyReason") instanceof String reason && !reason.isBlank();
	}

}
