package uk.police.spo.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_DecideToApply} must submit: each part of the three-part test answered with its reasoning, and a
 * decision. The force may apply only when all three parts are met, for a defendant aged 10 or over who lives in or is
 * heading to the force's area; whether the defendant is under 18 decides between the youth and magistrates' court.
 */
@Component
class DecideToApplyValidation implements TaskFormValidator {

	static final Map<String, String> PARTS = Map.of("actsAssociatedWithStalking", "actsReasoning",
			"riskAssociatedWithStalking", "riskReasoning", "orderNecessary", "necessityReasoning");

	@Override
	public String taskDefinitionKey() {
		return "Task_DecideToApply";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		PARTS.forEach((part, reasoning) -> {
			if (!FormValues.yesOrNo(values.get(part))) {
				problems.add(part + ": answer YES or NO");
			}
			if (!FormValues.hasText(values.get(reasoning)) || !FormValues.fitsText(values.get(reasoning))) {
				problems.add(reasoning + ": give the reasoning, at most 2000 characters");
			}
		});
		Object apply = values.get("apply");
		if (!FormValues.yesOrNo(apply)) {
			problems.add("apply: answer YES or NO");
		}
		if (FormValues.yes(apply)) {
			if (!PARTS.keySet().stream().allMatch(part -> FormValues.yes(values.get(part)))) {
				problems.add("apply: an order can be applied for only when all three parts of the test are met");
			}
			if (!FormValues.yes(values.get("defendantAgedTenOrOver"))) {
				problems.add("defendantAgedTenOrOver: an order can be made only against a defendant aged 10 or over");
			}
			if (!FormValues.yes(values.get("defendantInOrHeadingToArea"))) {
				problems.add("defendantInOrHeadingToArea: the force applies only for a defendant living in or heading"
						+ " to its area");
			}
			if (!FormValues.yesOrNo(values.get("defendantUnder18"))) {
				problems.add("defendantUnder18: answer YES or NO (under 18 goes to the youth court)");
			}
		}
		return problems;
	}

}
