package uk.police.spo.tasks;

/**
 * The queues of the read model of open work ({@code work_item.queue_key}, V29): {@link #EVERY_TASK} holds every open
 * task once; an officer's queue the tasks assigned to them; a candidate group's queue its unassigned tasks (as the
 * engine's candidate-group query, which leaves assigned tasks out). Every row of a task carries the same task data.
 */
public final class WorkQueueKeys {

	public static final String EVERY_TASK = "*";

	private WorkQueueKeys() {
	}

	public static String ofUser(String userId) {
		return "U:" + userId;
	}

	public static String ofGroup(String groupId) {
		return "G:" + groupId;
	}

}
