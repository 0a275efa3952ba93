package uk.police.spo.tasks;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Runs as any user task is created: gives the task the address of its case's page (dashboard.CasePageController) as
 * the task-local variable {@value #VARIABLE}. Every task's form opens with the same text component,
 * {@value #FORM_COMPONENT}, whose link reads it ("[Open the case page]({{casePage}})"), so one click from any task in
 * Tasklist opens its case. The address holds the case reference (the process's business key) and nothing else.
 */
final class CasePageLink implements TaskListener {

	static final String VARIABLE = "casePage";

	static final String FORM_COMPONENT = "Text_CasePage";

	@Override
	public void notify(DelegateTask task) {
		DelegateExecution execution = task.getExecution();
		String reference = execution == null ? null : execution.getProcessBusinessKey();
		if (reference != null) {
			task.setVariableLocal(VARIABLE, "/cases/" + reference);
		}
	}

}
