package uk.police.spo.units;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Who may see a case's process instances, running and historic (Cockpit, engine REST): the case's unit, as for its
 * tasks. Granted when each instance starts (the variable {@code caseUnit} is set by then), moved with the case.
 * Supervisors hold no force-wide grant on instances or history; administrators do.
 */
@Component
public class UnitInstanceAccess implements ExecutionListener {

	static final List<Resource> INSTANCE_RESOURCES = List.of(Resources.PROCESS_INSTANCE,
			Resources.HISTORIC_PROCESS_INSTANCE);

	private final Units units;

	private final AuthorizationService authorizations;

	UnitInstanceAccess(Units units, AuthorizationService authorizations) {
		this.units = units;
		this.authorizations = authorizations;
	}

	/** At the start of every process instance: its case's unit may read it, now and in history. */
	@Override
	public void notify(DelegateExecution execution) {
		if (!(execution.getVariable(UnitTaskAccess.CASE_UNIT) instanceof String unit)) {
			return;
		}
		String group = units.unit(unit).group();
		for (Resource resource : INSTANCE_RESOURCES) {
			AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(group);
			grant.setResource(resource);
			grant.setResourceId(execution.getProcessInstanceId());
			grant.addPermission(readOn(resource));
			// inserted as the engine inserts its own default grants: the officer whose task started this
			// instance holds no right to create authorizations, and needs none
			Context.getCommandContext().getDbEntityManager().insert(grant);
		}
	}

	private static Permission readOn(Resource resource) {
		return resource == Resources.HISTORIC_PROCESS_INSTANCE ? HistoricProcessInstancePermissions.READ
				: Permissions.READ;
	}

	/**
	 * Moves an instance's grants from one unit's group to another's, when a supervisor moves the case: its history's
	 * always, its runtime grant too while it runs (an ended instance keeps none).
	 */
	public void move(String processInstanceId, boolean running, String fromGroup, String toGroup) {
		for (Resource resource : INSTANCE_RESOURCES) {
			authorizations.createAuthorizationQuery()
				.resourceType(resource)
				.resourceId(processInstanceId)
				.groupIdIn(fromGroup)
				.list()
				.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
			boolean granted = authorizations.createAuthorizationQuery()
				.resourceType(resource)
				.resourceId(processInstanceId)
				.groupIdIn(toGroup)
				.count() > 0;
			if (granted || (resource == Resources.PROCESS_INSTANCE && !running)) {
				continue;
			}
			Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(toGroup);
			grant.setResource(resource);
			grant.setResourceId(processInstanceId);
			grant.addPermission(readOn(resource));
			authorizations.saveAuthorization(grant);
		}
	}

}
