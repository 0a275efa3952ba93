package uk.police.spo.units;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default authorizations, except that a case task's candidate group (a role, force-wide) is not
 * granted the task: the case's unit group is, with READ and TASK_WORK. The candidate group still decides whose
 * queue the task is in; the unit decides who may open it. Plugged in through the engine's documented
 * {@code resourceAuthorizationProvider} setting, so every user task is covered without anything in the BPMN.
 */
class UnitAuthorizationProvider extends DefaultAuthorizationProvider {

	private final Units units;

	UnitAuthorizationProvider(Units units) {
		this.units = units;
	}

	@Override
	public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
		String unit = caseUnitOf(task);
		if (unit == null) {
			return super.newTaskGroupIdentityLink(task, groupId, type);
		}
		String unitGroup = units.unit(unit).group();
		if (alreadyGranted(unitGroup, task.getId())) {
			// a task with several candidate groups (investigators, supervisors) needs its unit's grant once
			return new AuthorizationEntity[0];
		}
		AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
		grant.setGroupId(unitGroup);
		grant.setResource(Resources.TASK);
		grant.setResourceId(task.getId());
		grant.addPermission(Permissions.READ);
		grant.addPermission(Permissions.TASK_WORK);
		return new AuthorizationEntity[] { grant };
	}

	/** Looks at this command's pending inserts as well as the database: neither alone sees both. */
	private static boolean alreadyGranted(String group, String taskId) {
		CommandContext command = Context.getCommandContext();
		boolean pending = command.getDbEntityManager()
			.getCachedEntitiesByType(AuthorizationEntity.class)
			.stream()
			.anyMatch(a -> group.equals(a.getGroupId()) && taskId.equals(a.getResourceId())
					&& a.getResourceType() == Resources.TASK.resourceType());
		return pending || command.getAuthorizationManager()
			.findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, group, Resources.TASK, taskId) != null;
	}

	private static String caseUnitOf(Task task) {
		if (task instanceof TaskEntity entity && entity.getExecution() != null) {
			return (String) entity.getExecution().getVariable(UnitTaskAccess.CASE_UNIT);
		}
		return null;
	}

}
