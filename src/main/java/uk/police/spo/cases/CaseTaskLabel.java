package uk.police.spo.cases;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * Gives every case task a name that carries its case reference, once triage has set it the risk level (process
 * variable {@code riskLevel}), and a flag when the case repeats an earlier one of the same victim or suspect
 * ({@code repeatCase}, set at registration and handed to triage), so a queue can be read at a glance:
 * "Assess risk · SH-2026-000123 · HIGH risk · repeat case".
 */
@Component
public class CaseTaskLabel implements TaskListener {

	private static final String SEPARATOR = " · ";

	private static final String REPEAT = SEPARATOR + "repeat case";

	@Override
	public void notify(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		if (reference == null || task.getName().contains(reference)) {
			return;
		}
		boolean repeat = ProcessVariables.repeatCase(task);
		task.setName(task.getName() + label(reference, ProcessVariables.riskLevel(task).map(Enum::name).orElse(null), repeat));
	}

	/** A labelled name with the case's risk level now {@code risk}; a name this listener did not label stays. */
	public static String withRisk(String name, String reference, String risk) {
		int labelAt = name == null ? -1 : name.indexOf(SEPARATOR + reference);
		return labelAt < 0 ? name : name.substring(0, labelAt) + label(reference, risk, name.endsWith(REPEAT));
	}

	private static String label(String reference, Object risk, boolean repeat) {
		return SEPARATOR + reference + (risk == null ? "" : SEPARATOR + risk + " risk") + (repeat ? REPEAT : "");
	}

}
