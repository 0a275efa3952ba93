package uk.police.spo.tasks;

import java.util.List;

/**
 * The queues of the read model of open work ({@code work_item.queue_key}, V29): {@link #EVERY_TASK} holds every open
 * task once; an officer's queue the tasks assigned to them; a candidate group's queue its unassigned tasks (as the
 * engine's candidate-group query, which leaves assigned tasks out). A task of a suspended process instance is in
 * {@link #EVERY_TASK} only. Every row of a task carries the same task data.
 */
public final class WorkQueueKeys {

	public static final String EVERY_TASK = "*";

	/** The risk levels in the order of {@code work_item.risk_rank} (V32); a case without one ranks after them. */
	public static final List<String> RISK_ORDER = List.of("HIGH", "MEDIUM", "STANDARD");

	private WorkQueueKeys() {
	}

	public static String ofUser(String userId) {
		return "U:" + userId;
	}

	public static String ofGroup(String groupId) {
		return "G:" + groupId;
	}

	/** The {@code risk_rank} of a risk level, null or unknown ranking last. */
	public static int riskRank(String riskLevel) {
		int rank = riskLevel == null ? -1 : RISK_ORDER.indexOf(riskLevel);
		return rank < 0 ? RISK_ORDER.size() : rank;
	}

}
