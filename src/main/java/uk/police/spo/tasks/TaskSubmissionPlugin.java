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
 * Every user task opens with its officer's answers empty ({@link FreshAnswersListener}) and the address of its case's
 * page ({@link CasePageLink}), and checks its submission ({@link TaskSubmissionListener}) when it completes:
 * engine-wide listeners rather than one in each task's BPMN, so that a new task is covered by its form alone. Built
 * in, it runs before the model's own listeners and before the form's notes leave the variables ({@link FormNotesPlugin}).
 */
@Component
public class TaskSubmissionPlugin extends AbstractProcessEnginePlugin {

	private final TaskSubmissionListener listener;

	private final FreshAnswersListener freshAnswers;

	private final CasePageLink casePage = new CasePageLink();

	@Autowired
	TaskSubmissionPlugin(ObjectProvider<TaskSubmissionCheck> check, ObjectProvider<DeployedForms> forms) {
		this.listener = new TaskSubmissionListener(services -> check.getObject());
		this.freshAnswers = new FreshAnswersListener(services -> forms.getObject());
	}

	/** For an engine outside Spring (the process tests' camunda.cfg.xml), with the rules it is given. */
	public TaskSubmissionPlugin(List<TaskRule> rules) {
		AtomicReference<DeployedForms> forms = new AtomicReference<>();
		Function<ProcessEngineServices, DeployedForms> read = services -> forms
			.updateAndGet(known -> known != null ? known : new DeployedForms(services.getFormService()));
		AtomicReference<TaskSubmissionCheck> check = new AtomicReference<>();
		this.listener = new TaskSubmissionListener(services -> check
			.updateAndGet(known -> known != null ? known : new TaskSubmissionCheck(read.apply(services), rules)));
		this.freshAnswers = new FreshAnswersListener(read);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryUserTask.onParse(configuration, task -> {
			task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, freshAnswers);
			task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, casePage);
			task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
		});
	}

}
