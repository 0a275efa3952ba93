package uk.police.spo.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations for each group. Tasks need no grant here: the engine grants a task's candidate group
 * READ and TASK_WORK on that task when it is created (defaultUserPermissionNameForTask).
 */
@Component
class EngineAuthorizations {

	private static final List<String> OFFICERS = List.of(SpoGroups.TRIAGE_OFFICERS, SpoGroups.INVESTIGATORS,
			SpoGroups.LEGAL_ADVISERS, SpoGroups.OFFENDER_MANAGERS, SpoGroups.SUPERVISORS, SpoGroups.ADMINS);

	private final AuthorizationService authorizations;

	EngineAuthorizations(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	void grantAll() {
		for (Resource resource : Resources.values()) {
			grant(SpoGroups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
		}
		for (String group : OFFICERS) {
			grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
		}
		for (String group : List.of(SpoGroups.SUPERVISORS, SpoGroups.ADMINS)) {
			grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
			grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
			grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
		}
		// Administrators see every case's instances and history; supervisors, like officers, their unit's
		// (units.UnitInstanceAccess grants each instance to its case's unit). Decision history (every case's risk
		// answers) cannot be granted per unit, so it is the administrators' only.
		grant(SpoGroups.ADMINS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
				Permissions.READ_HISTORY, Permissions.READ_TASK);
		grant(SpoGroups.ADMINS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
		grant(SpoGroups.ADMINS, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY);
		revokeForceWideInstanceRights(SpoGroups.SUPERVISORS);
	}

	/** Databases set up before instances were granted per unit still hold supervisors' force-wide rights. */
	private void revokeForceWideInstanceRights(String group) {
		authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(Resources.PROCESS_INSTANCE)
			.resourceId(ANY)
			.list()
			.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
		authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(Resources.PROCESS_DEFINITION)
			.resourceId(ANY)
			.list()
			.forEach(grant -> {
				grant.removePermission(Permissions.READ_INSTANCE);
				grant.removePermission(Permissions.READ_HISTORY);
				grant.removePermission(Permissions.READ_TASK);
				authorizations.saveAuthorization(grant);
			});
		authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(Resources.DECISION_DEFINITION)
			.resourceId(ANY)
			.list()
			.forEach(grant -> {
				grant.removePermission(Permissions.READ_HISTORY);
				authorizations.saveAuthorization(grant);
			});
	}

	void grantFilterRead(String filterId, List<String> groups) {
		groups.forEach(group -> grant(group, Resources.FILTER, filterId, Permissions.READ));
	}

	/** Adds the permissions to the group's grant on the resource, creating the grant if there is none. */
	private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.authorizationType(AUTH_TYPE_GRANT)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (authorization == null) {
			authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
			return;
		}
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizations.saveAuthorization(authorization);
	}

}
