package uk.police.spo.investigation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import uk.police.spo.cases.SafeContactMethod;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.tasks.TaskRule;

/**
 * Victims' Code updates (of an arrest, a bail decision, a charge decision, the case's closure): the victim is told
 * the way they agreed is safe, or the officer says why not. The agreed way is the case's, not the form's, so the form
 * cannot make its reason required by itself.
 */
class VictimUpdateMethodRule implements TaskRule {

	private final String taskDefinitionKey;

	private final Function<UUID, Optional<SafeContactMethod>> agreedSafeContact;

	VictimUpdateMethodRule(String taskDefinitionKey, Function<UUID, Optional<SafeContactMethod>> agreedSafeContact) {
		this.taskDefinitionKey = taskDefinitionKey;
		this.agreedSafeContact = agreedSafeContact;
	}

	@Override
	public String taskDefinitionKey() {
		return taskDefinitionKey;
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		Optional<UUID> caseId = ProcessVariables.caseIdIn(values);
		if (!(values.get("victimUpdateMethod") instanceof String method) || caseId.isEmpty()
				|| values.get("victimUpdateMethodReason") instanceof String reason && !reason.isBlank()) {
			return List.of();
		}
		return agreedSafeContact.apply(caseId.get())
			.filter(agreed -> !agreed.name().equals(method))
			.map(agreed -> List.of("victimUpdateMethodReason: the victim agreed to be contacted by "
					+ agreed.name().toLowerCase(Locale.UK) + "; say why you used another way"))
			.orElse(List.of());
	}

}
