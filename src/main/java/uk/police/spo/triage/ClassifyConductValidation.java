package uk.police.spo.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.police.spo.cases.OtherOffence;
import uk.police.spo.tasks.TaskRule;

/**
 * {@code Task_ClassifyConduct} and the Home Office Counting Rules, where a rule spans fields the form cannot relate: a
 * course of conduct (two or more incidents) by a former partner is recorded as stalking (8Q) unless it is harassment
 * only (8L), which the officer must then explain; and the course of conduct and each of the most serious other offences
 * (up to {@value OtherOffence#MOST}) are crimes of their own, each with its own crime reference. {@code formerPartner}
 * is a process variable the form does not carry.
 * The form itself requires the explicit answers and the reason for stalking without every part of FOUR.
 */
@Component
class ClassifyConductValidation implements TaskRule {

	@Override
	public String taskDefinitionKey() {
		return "Task_ClassifyConduct";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		boolean courseOfConductByFormerPartner = Boolean.TRUE.equals(values.get("formerPartner"))
				&& values.get("incidentCount") instanceof Number incidents && incidents.longValue() >= 2;
		if (courseOfConductByFormerPartner && !"STALKING_8Q".equals(values.get("classification"))
				&& !harassmentOnly(values)) {
			problems.add("classification: a former partner's course of conduct is recorded as stalking (8Q) unless "
					+ "it is harassment only (8L, with harassmentOnlyReason)");
		}
		Set<String> references = new HashSet<>();
		if (values.get("conductCrimeReference") instanceof String conduct) {
			references.add(conduct.strip());
		}
		List<OtherOffence> offences = ConductAnswers.otherOffences(values);
		for (int n = 1; n <= offences.size(); n++) {
			String reference = offences.get(n - 1).crimeReference();
			if (reference != null && !references.add(reference)) {
				problems.add(ConductAnswers.crimeReferenceKey(n) + ": each other offence is a crime of its own, with "
						+ "a crime reference other than the course of conduct's and the other offences'");
			}
		}
		return problems;
	}

	private static boolean harassmentOnly(Map<String, Object> values) {
		return "HARASSMENT_8L".equals(values.get("classification"))
				&& values.get("harassmentOnlyReason") instanceof String reason && !reason.isBlank();
	}

}
