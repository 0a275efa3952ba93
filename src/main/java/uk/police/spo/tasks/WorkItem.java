package uk.police.spo.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One open task as the read model holds it ({@code work_item}, V29, V32), and the queues it is in
 * ({@link WorkQueueKeys}); the case's risk level is the case's own, read when the row is written ({@link WorkItems}).
 * @param suspended its process instance is suspended: the task is offered to nobody until it is activated
 */
record WorkItem(String taskId, String processInstanceId, String caseId, String reference, String unitCode,
		String activityId, String name, String assignee, Collection<String> candidateGroups, Instant created,
		Instant due, int priority, boolean suspended) {

	List<String> queues() {
		List<String> queues = new ArrayList<>();
		queues.add(WorkQueueKeys.EVERY_TASK);
		if (suspended) {
			return queues;
		}
		if (assignee != null) {
			queues.add(WorkQueueKeys.ofUser(assignee));
		}
		else {
			candidateGroups.stream().sorted().map(WorkQueueKeys::ofGroup).forEach(queues::add);
		}
		return queues;
	}

}
