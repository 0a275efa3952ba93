package uk.police.spo.tasks;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The engine's own check of {@link TaskRoles} on every claim, assignment and completion made by a logged-in user,
 * whatever the path (Tasklist, engine REST, Java callers). Work the engine does by itself (timers, the job
 * executor) runs with no user and is not checked. HTTP callers are refused earlier and more clearly by
 * {@link TaskRoleGuard}; this listener is the backstop.
 */
class TaskRoleListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (user == null || user.getUserId() == null) {
			return;
		}
		Set<String> candidates = TaskRoles.candidateGroups(task.getCandidates());
		String assignee = EVENTNAME_COMPLETE.equals(task.getEventName()) ? task.getAssignee() : null;
		List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
		if (!TaskRoles.mayWork(user.getUserId(), groups, candidates, assignee)) {
			throw new AuthorizationException(TaskRoles.refusal(candidates));
		}
	}

}
