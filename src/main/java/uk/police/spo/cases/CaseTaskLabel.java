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

	private static final String SEPARATOR = " · ";

	@Override
	public void notify(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		if (reference == null || task.getName().contains(reference)) {
			return;
		}
		task.setName(task.getName() + label(reference, task.getVariable("riskLevel")));
	}

	/** A labelled name with the case's risk level now {@code risk}; a name this listener did not label stays. */
	public static String withRisk(String name, String reference, String risk) {
		int labelAt = name == null ? -1 : name.indexOf(SEPARATOR + reference);
		return labelAt < 0 ? name : name.substring(0, labelAt) + label(reference, risk);
	}

	private static String label(String reference, Object risk) {
		return SEPARATOR + reference + (risk == null ? "" : SEPARATOR + risk + " risk");
	}

}
