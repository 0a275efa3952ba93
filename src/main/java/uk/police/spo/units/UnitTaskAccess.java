package uk.police.spo.units;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
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

}
