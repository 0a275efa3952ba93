package uk.police.spo.units;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Installs {@link UnitAuthorizationProvider} in the engine (the starter applies every plugin bean), and
 * {@link UnitInstanceAccess} as a start listener of every process.
 */
@Component
class UnitAuthorizationPlugin extends AbstractProcessEnginePlugin {

	private final Units units;

	private final ObjectProvider<UnitInstanceAccess> instanceAccess;

	UnitAuthorizationPlugin(Units units, ObjectProvider<UnitInstanceAccess> instanceAccess) {
		this.units = units;
		this.instanceAccess = instanceAccess;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new UnitAuthorizationProvider(units));
		// historic instances are checked one by one (HISTORIC_PROCESS_INSTANCE), not only by definition
		configuration.setEnableHistoricInstancePermissions(true);
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
				// looked up at the first start: the engine is built before this bean's AuthorizationService exists
				ExecutionListener grantToUnit = execution -> instanceAccess.getObject().notify(execution);
				processDefinition.addListener(ExecutionListener.EVENTNAME_START, grantToUnit);
			}
		});
	}

}
