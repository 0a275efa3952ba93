package uk.police.spo.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/**
 * What {@code Task_LogEvidence} must submit. The officer's count of the items in the evidence log must be the log's
 * own: a file announced but never uploaded through the evidence API is caught before the plan moves on.
 */
@Component
class LogEvidenceValidation implements TaskFormValidator {

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
		List<String> problems = new ArrayList<>();
		FormChecks check = new FormChecks(values, problems);
		check.wholeNumber("evidenceItemsLogged", 0, 10_000);
		check.confirmed("evidenceLogComplete", "confirm that every item gathered is in the evidence log");
		if (problems.stream().noneMatch(problem -> problem.startsWith("evidenceItemsLogged"))
				&& values.get("caseId") instanceof String caseId) {
			long logged = itemsInTheLog.applyAsLong(UUID.fromString(caseId));
			if (((Number) values.get("evidenceItemsLogged")).longValue() != logged) {
				problems.add("evidenceItemsLogged: the evidence log holds " + logged + " item(s); upload each item "
						+ "through the case's evidence API first, or correct the number");
			}
		}
		return problems;
	}

}
