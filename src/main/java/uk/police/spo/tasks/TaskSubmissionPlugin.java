package uk.police.spo.tasks;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every user task checks its submission ({@link TaskSubmissionListener}) when it completes: one engine-wide listener
 * rather than one in each task's BPMN, so that a new task is covered by its form alone. Built in, it runs before the
 * model's own listeners and before the form's notes leave the variables ({@link FormNotesPlugin}).
 */
@Component
public class TaskSubmissionPlugin extends AbstractProcessEnginePlugin {

	private final TaskSubmissionListener listener;

	@Autowired
	TaskSubmissionPlugin(ObjectProvider<TaskSubmissionCheck> check) {
		this.listener = new TaskSubmissionListener(services -> check.getObject());
	}

	/** For an engine outside Spring (the process tests' camunda.cfg.xml), with the rules it is given. */
	public TaskSubmissionPlugin(List<TaskRule> rules) {
		AtomicReference<TaskSubmissionCheck> check = new AtomicReference<>();
		Function<ProcessEngineServices, TaskSubmissionCheck> built = services -> check
			.updateAndGet(known -> known != null ? known
					: new TaskSubmissionCheck(new DeployedForms(services.getFormService()), rules));
		this.listener = new TaskSubmissionListener(built);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryUserTask.onParse(configuration,
				task -> task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener));
	}

}
