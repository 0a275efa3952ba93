package uk.police.spo.tasks;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import uk.police.spo.security.SpoGroups;

/**
 * Who may work a case task. The engine lets the case's unit open its tasks (units.UnitAuthorizationProvider); within
 * the unit, a task is worked by its role: a member of one of its candidate groups, the officer it is assigned to, or
 * someone who oversees the unit. Without this a triage officer could complete a legal adviser's review or a
 * supervisor's retention decision of their own unit.
 */
final class TaskRoles {

	private static final Set<String> OVERSEERS = Set.of(SpoGroups.SUPERVISORS, SpoGroups.ADMINS, SpoGroups.CAMUNDA_ADMIN);

	private TaskRoles() {
	}

	/**
	 * @param assignee the task's assignee before the action, or null when it does not count (a claim: the listener
	 * sees the claimant as assignee already)
	 */
	static boolean mayWork(String userId, Collection<String> userGroups, Collection<String> candidateGroups,
			String assignee) {
		if (userGroups.stream().anyMatch(group -> OVERSEERS.contains(group) || candidateGroups.contains(group))) {
			return true;
		}
		return assignee != null && assignee.equals(userId);
	}

	/** The groups among a task's identity links that it is offered to (its candidate groups). */
	static Set<String> candidateGroups(Collection<? extends IdentityLink> links) {
		return links.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.collect(Collectors.toSet());
	}

	static String refusal(Collection<String> candidateGroups) {
		return "This task is worked by " + String.join(" or ", candidateGroups.stream().sorted().toList())
				+ ", or by the officer it is assigned to.";
	}

}
