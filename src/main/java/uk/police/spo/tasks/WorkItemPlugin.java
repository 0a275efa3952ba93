package uk.police.spo.tasks;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model of open work ({@link WorkItems}) with every user task's own events: created, assigned,
 * updated (name, due date, priority), completed and deleted, the last also when a process instance is deleted or a
 * boundary event cancels the task. Built-in listeners, so they run even when custom listeners are skipped.
 */
@Component
class WorkItemPlugin extends AbstractProcessEnginePlugin {

	static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
			TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

	private final ObjectProvider<WorkItems> items;

	WorkItemPlugin(ObjectProvider<WorkItems> items) {
		this.items = items;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// looked up at the first event: the engine is built before the beans it would need
		TaskListener listener = (DelegateTask task) -> WorkItemChanges.record(task, items.getObject());
		EveryUserTask.onParse(configuration, task -> EVENTS.forEach(event -> task.addBuiltInTaskListener(event, listener)));
	}

}
