package uk.police.spo.cases;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives every case task a name that carries its case reference and, once triage has set it, the risk level (process
 * variable {@code riskLevel}), so a queue can be read at a glance: "Assess risk · SH-2026-000123 · HIGH risk".
 */
@Component
public class CaseTaskLabel implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		if (reference == null || task.getName().contains(reference)) {
			return;
		}
		Object risk = task.getVariable("riskLevel");
		task.setName(task.getName() + " · " + reference + (risk == null ? "" : " · " + risk + " risk"));
	}

}
