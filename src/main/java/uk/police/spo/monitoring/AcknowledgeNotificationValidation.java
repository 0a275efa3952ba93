package uk.police.spo.monitoring;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.OrderFormChecks;
import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_AcknowledgeNotification} must submit: the written acknowledgement is the police's duty. */
@Component
class AcknowledgeNotificationValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_AcknowledgeNotification";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		return new OrderFormChecks(values).confirmed("acknowledgedInWriting", "the notification was acknowledged in writing")
			.optionalYesOrNo("fingerprintsTaken")
			.optionalYesOrNo("photographTaken")
			.problems();
	}

}
