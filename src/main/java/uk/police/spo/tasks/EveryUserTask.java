package uk.police.spo.tasks;

import java.util.ArrayList;
import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** The engine plugins' one hook into user tasks: a step applied to each as the engine parses it, after the model. */
final class EveryUserTask {

	private EveryUserTask() {
	}

	static void onParse(ProcessEngineConfigurationImpl configuration, Consumer<TaskDefinition> step) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				step.accept(((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
			}
		});
	}

}
