package uk.police.spo.investigation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskRule;

/**
 * {@code Task_LogEvidence}: the officer's count of the items in the evidence log must be the log's own, so that a
 * file announced but never uploaded through the evidence API is caught before the plan moves on.
 */
@Component
class LogEvidenceValidation implements TaskRule {

	private final ToLongFunction<UUID> itemsInTheLog;

	@Autowired
	LogEvidenceValidation(EvidenceStore store) {
		this(store::countOf);
	}

	LogEvidenceValidation(ToLongFunction<UUID> itemsInTheLog) {
		this.itemsInTheLog = itemsInTheLog;
	}

	@Override
	public String taskDefinitionKey() {
		return "Task_LogEvidence";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		if (!(values.get("caseId") instanceof String caseId)
				|| !(values.get("evidenceItemsLogged") instanceof Number counted)) {
			return List.of();
		}
		long logged = itemsInTheLog.applyAsLong(UUID.fromString(caseId));
		if (counted.longValue() == logged) {
			return List.of();
		}
		return List.of("evidenceItemsLogged: the evidence log holds " + logged + " item(s); upload each item through "
				+ "the case's evidence API first, or correct the number");
	}

}
