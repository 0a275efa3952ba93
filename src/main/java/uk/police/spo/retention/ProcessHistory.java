package uk.police.spo.retention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's record of a case: every process instance whose business key is the case reference, with the
 * instances it called. Erasing takes the history of whole trees (called instances inherit the key by contract, and
 * any that did not are found through their root), their decisions and their user operation log, in the caller's
 * transaction.
 *
 * <p>Runs without an engine user: who may purge is decided by the retention API (admins, four eyes), so the engine's
 * per-user filters must not hide an instance from the checks, and no new operation log entry may name the case's
 * instances while they are being erased.
 */
@Component
class ProcessHistory {

	private final RuntimeService runtime;

	private final HistoryService history;

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	ProcessHistory(RuntimeService runtime, HistoryService history, IdentityService identity,
			AuthorizationService authorizations) {
		this.runtime = runtime;
		this.history = history;
		this.identity = identity;
		this.authorizations = authorizations;
	}

	boolean running(String reference) {
		return asSystem(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count() > 0);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	int erase(String reference) {
		return asSystem(() -> {
			List<String> ids = instanceIds(reference);
			for (String id : ids) {
				history.createHistoricDecisionInstanceQuery()
					.processInstanceId(id)
					.list()
					.forEach(decision -> history.deleteHistoricDecisionInstanceByInstanceId(decision.getId()));
				history.createUserOperationLogQuery()
					.processInstanceId(id)
					.list()
					.forEach(entry -> history.deleteUserOperationLogEntry(entry.getId()));
				// the unit's grants on the instance (units.UnitInstanceAccess)
				for (Resource resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
					authorizations.createAuthorizationQuery()
						.resourceType(resource)
						.resourceId(id)
						.list()
						.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
				}
			}
			if (!ids.isEmpty()) {
				history.deleteHistoricProcessInstancesIfExists(ids);
			}
			return ids.size();
		});
	}

	/** Called instances first: their rows are removed before their parents'. */
	private List<String> instanceIds(String reference) {
		Set<String> roots = new LinkedHashSet<>();
		history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()
			.forEach(instance -> roots.add(instance.getRootProcessInstanceId()));
		List<String> ids = new ArrayList<>();
		for (String root : roots) {
			history.createHistoricProcessInstanceQuery()
				.rootProcessInstanceId(root)
				.list()
				.stream()
				.map(HistoricProcessInstance::getId)
				.filter(id -> !id.equals(root))
				.forEach(ids::add);
			ids.add(root);
		}
		return ids;
	}

	private <T> T asSystem(Supplier<T> work) {
		Authentication user = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			if (user != null) {
				identity.setAuthentication(user);
			}
		}
	}

}
