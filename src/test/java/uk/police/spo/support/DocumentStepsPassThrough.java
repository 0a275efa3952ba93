package uk.police.spo.support;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.behavior.TaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * For the process tests of other capabilities (camunda.cfg.xml, delegates mocked by name): the documents' steps
 * ({@code Task_Produce...}, asynchronous jobs in the application) pass straight through, as mocked delegates would.
 * The documents' own tests run those steps as jobs in the application's engine (documents.DocumentStepsTests).
 */
public class DocumentStepsPassThrough extends AbstractProcessEnginePlugin {

	static final String DOCUMENT_STEP = "Task_Produce";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getId().startsWith(DOCUMENT_STEP)) {
					activity.setAsyncBefore(false);
					activity.setActivityBehavior(new TaskActivityBehavior());
				}
			}
		});
	}

}
