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
 * boundary event cancels the task. Built-in listeners, so they run even when custom listeners are skipped. A process
 * instance's suspension and activation, which the engine tells only its history, are seen by
 * {@link WorkItemSuspensions} in front of the history handler the engine was built with.
 */
@Component
class WorkItemPlugin extends AbstractProcessEnginePlugin {

	static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
			TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

	private final ObjectProvider<WorkItems> items;

	private final ObjectProvider<EngineWorkItems> engine;

	WorkItemPlugin(ObjectProvider<WorkItems> items, ObjectProvider<EngineWorkItems> engine) {
		this.items = items;
		this.engine = engine;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// looked up at the first event: the engine is built before the beans it would need
		TaskListener listener = (DelegateTask task) -> WorkItemChanges.record(task, items.getObject());
		EveryUserTask.onParse(configuration, task -> EVENTS.forEach(event -> task.addBuiltInTaskListener(event, listener)));
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		// after every plugin's preInit: the handler they chose writes the history, each event passed on by this one
		configuration.setHistoryEventHandler(
				new WorkItemSuspensions(configuration.getHistoryEventHandler(), items, engine));
	}

}
