package uk.police.spo.cases;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Gives every case task a name that carries its case reference, so a queue can be read at a glance. */
@Component
public class CaseTaskLabel implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String reference = task.getExecution().getProcessBusinessKey();
		if (reference != null && !task.getName().endsWith(reference)) {
			task.setName(task.getName() + " · " + reference);
		}
	}

}
