package uk.police.spo.orders;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/** {@code Task_DraftOrderTerms}: at least one term in the numbered slots, each with its kind, wording and necessity. */
@Component
class DraftOrderTermsValidation implements TaskRule {

	@Override
	public String taskDefinitionKey() {
		return "Task_DraftOrderTerms";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return TermSlots.problems(values);
	}

}
