package uk.police.spo.tasks;

import java.util.List;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The names process definitions deployed before 2026-12-01 give their escalation tasks' delegate. Their instances keep
 * those definitions (an order is monitored for years), so their deadline timers must still find one: the names are
 * aliases of the delegate that escalates every overdue task now. Remove once no instance of such a definition runs.
 */
@Component
class LegacyEscalationNames implements BeanDefinitionRegistryPostProcessor {

	static final List<String> NAMES = List.of("overdueTaskEscalation", "supervisorEscalation", "escalateOverdueTriage");

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
		NAMES.forEach(legacy -> registry.registerAlias("escalateOverdueTaskDelegate", legacy));
	}

}
