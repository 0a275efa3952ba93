package uk.police.spo.investigation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.system.ProcessVariables;

/**
 * Complete listener of every investigation task, after its validator: writes the task's outcome to
 * {@code investigation_action} and the case timeline, then takes the officer's free text out of the process
 * variables, which carry decision inputs only.
 */
@Component
class RecordInvestigationAction implements TaskListener {

	private final InvestigationActionRepository actions;

	private final CaseRecords records;

	private final Clock clock;

	RecordInvestigationAction(InvestigationActionRepository actions, CaseRecords records, Clock clock) {
		this.actions = actions;
		this.records = records;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID caseId = ProcessVariables.caseId(task);
		for (ActionOutcome outcome : ActionOutcome.of(task.getTaskDefinitionKey(), task.getVariables())) {
			actions.save(new InvestigationAction(caseId, outcome.kind(),
					outcome.outcome(), outcome.reason(), records.actor(), clock.instant()));
			records.record(caseId, outcome.kind().name(), outcome.summary());
			records.audit(caseId, AuditAction.COLLECT, List.of("investigation.action", "investigation.reason"),
					"investigation: " + outcome.kind());
		}
		ActionOutcome.FREE_TEXT.forEach(task.getExecution()::removeVariable);
	}

}
