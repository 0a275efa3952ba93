package uk.police.spo.retention;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.FormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_ReviewRetention} must submit: keep (for 1 to 10 more years) or purge, with a reason. */
@Component
public class RetentionReviewValidation implements TaskFormValidator {

	static final List<String> DECISIONS = List.of("RETAIN", "PURGE");

	@Override
	public String taskDefinitionKey() {
		return "Task_ReviewRetention";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		FormChecks checks = FormChecks.of(values).oneOf("retentionDecision", DECISIONS).text("retentionReason", 2000, true);
		boolean retain = "RETAIN".equals(values.get("retentionDecision"));
		checks.wholeNumber("retainForYears", 1, 10, retain);
		return checks.problems();
	}

}
