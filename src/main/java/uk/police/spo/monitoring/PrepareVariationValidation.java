package uk.police.spo.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_PrepareVariationApplication} must submit: who applies, when it was lodged, and that each varied
 * term is necessary.
 */
@Component
class PrepareVariationValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_PrepareVariationApplication";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return new OrderFormChecks(values).oneOf("variationApplicant", OrderFormChecks.APPLICANTS)
			.pastDate("variationLodgedOn")
			.confirmed("variationTermsNecessary", "each term asked for is itself necessary to protect the victim")
			.problems();
	}

}
