package uk.police.spo.tasks;

import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;

import uk.police.spo.cases.CaseNotes;
import uk.police.spo.system.ProcessVariables;

/**
 * Runs after a user task's submission is checked and after its own complete listeners: moves the notes the form
 * carried into the case's notes and out of the process variables, so that the engine never keeps them.
 */
class KeepNotesListener implements TaskListener {

	// looked up when a task completes: the engine is built before the case's services
	private final ObjectProvider<CaseNotes> notes;

	KeepNotesListener(ObjectProvider<CaseNotes> notes) {
		this.notes = notes;
	}

	@Override
	public void notify(DelegateTask task) {
		Optional<UUID> caseId = ProcessVariables.caseIdIfAny(task);
		for (String field : FormNotes.KEPT_AS_NOTES) {
			if (!task.hasVariable(field)) {
				continue;
			}
			if (task.getVariable(field) instanceof String text && !text.isBlank() && caseId.isPresent()) {
				notes.getObject().keep(caseId.get(), task.getTaskDefinitionKey(), field, text.strip());
			}
			task.getExecution().removeVariable(field);
		}
	}

}
