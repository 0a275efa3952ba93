package uk.police.spo.tasks;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Every user task checks who claims, is given or completes it ({@link TaskRoleListener}) before anything else. */
@Component
class TaskRolePlugin extends AbstractProcessEnginePlugin {

	private final TaskRoleListener roles = new TaskRoleListener();

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryUserTask.onParse(configuration, task -> {
			for (String event : List.of(TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE)) {
				// built-in listeners run before the model's own, and also when custom listeners are skipped
				task.addBuiltInTaskListener(event, roles);
			}
		});
	}

}
