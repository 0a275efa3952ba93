package uk.police.spo.units;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** Who may open a case's tasks: the case's unit ({@link UnitAuthorizationProvider} grants it at creation). */
@Component
public class UnitTaskAccess {

	/** The process variable holding the case's unit code. */
	public static final String CASE_UNIT = "caseUnit";

	private final AuthorizationService authorizations;

	UnitTaskAccess(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	/** Moves a task from one unit's group to another's, when a supervisor moves the case. */
	public void move(String taskId, String fromGroup, String toGroup) {
		authorizations.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.resourceId(taskId)
			.groupIdIn(fromGroup)
			.list()
			.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
		Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId(toGroup);
		grant.setResource(Resources.TASK);
		grant.setResourceId(taskId);
		grant.addPermission(Permissions.READ);
		grant.addPermission(Permissions.TASK_WORK);
		authorizations.saveAuthorization(grant);
	}

	/**
	 * Revokes what single officers hold on a task, open or ended: the engine grants whoever claims a task (or is made
	 * its owner or a candidate) the task and its history. Its unit's group keeps its grants, on the task and on its
	 * process instance, which covers its history; after a move, no officer of the old unit reads it on a grant of
	 * their own.
	 */
	public void revokeOfficersGrants(String taskId) {
		for (Resource resource : List.of(Resources.TASK, Resources.HISTORIC_TASK)) {
			authorizations.createAuthorizationQuery()
				.resourceType(resource)
				.resourceId(taskId)
				.list()
				.stream()
				.filter(grant -> grant.getUserId() != null)
				.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
		}
	}

}
