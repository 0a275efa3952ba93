package uk.police.spo.units;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link UnitAuthorizationProvider} in the engine (the starter applies every plugin bean). */
@Component
class UnitAuthorizationPlugin extends AbstractProcessEnginePlugin {

	private final Units units;

	UnitAuthorizationPlugin(Units units) {
		this.units = units;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new UnitAuthorizationProvider(units));
	}

}
