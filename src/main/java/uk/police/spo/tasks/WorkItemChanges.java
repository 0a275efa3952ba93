package uk.police.spo.tasks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.police.spo.units.UnitTaskAccess;

/**
 * The tasks one transaction changed, written to the read model just before it commits: by then every listener of the
 * task (the model's own, which name it and set its deadline after the built-in ones) has run, so the row holds the
 * task as it is committed. What the task's scalar fields do not say (its candidate groups, case and unit) is read at
 * each event, while the engine's command is still open.
 */
final class WorkItemChanges implements TransactionSynchronization {

	static final String CASE_ID = "caseId";

	private final WorkItems items;

	private final Map<String, Seen> seen = new LinkedHashMap<>();

	private boolean written;

	private record Seen(DelegateTask task, boolean ended, Set<String> candidateGroups, String caseId, String reference,
			String unitCode) {

		WorkItem item() {
			return new WorkItem(task.getId(), task.getProcessInstanceId(), caseId, reference, unitCode,
					task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), candidateGroups,
					task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
					task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority());
		}

	}

	private WorkItemChanges(WorkItems items) {
		this.items = items;
	}

	/** Records a task event; outside a transaction (never the case with Spring's engine) the row is written now. */
	static void record(DelegateTask task, WorkItems items) {
		boolean ended = TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
				|| TaskListener.EVENTNAME_DELETE.equals(task.getEventName());
		Seen event = ended ? new Seen(task, true, Set.of(), null, null, null)
				: new Seen(task, false, TaskRoles.candidateGroups(task.getCandidates()), text(task.getVariable(CASE_ID)),
						task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
						text(task.getVariable(UnitTaskAccess.CASE_UNIT)));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			new WorkItemChanges(items).add(event).beforeCommit(false);
			return;
		}
		WorkItemChanges changes = current(items);
		if (changes.written) {
			// an event from another synchronization's commit work, after ours: written at once, still before the commit
			new WorkItemChanges(items).add(event).beforeCommit(false);
			return;
		}
		changes.add(event);
	}

	private static WorkItemChanges current(WorkItems items) {
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof WorkItemChanges changes && changes.items == items) {
				return changes;
			}
		}
		WorkItemChanges changes = new WorkItemChanges(items);
		TransactionSynchronizationManager.registerSynchronization(changes);
		return changes;
	}

	private WorkItemChanges add(Seen event) {
		// the latest event's task object holds the task's latest state
		seen.put(event.task().getId(), event);
		return this;
	}

	@Override
	public void beforeCommit(boolean readOnly) {
		written = true;
		Collection<String> ended = seen.values().stream().filter(Seen::ended).map(s -> s.task().getId()).toList();
		items.write(seen.values().stream().filter(s -> !s.ended()).map(Seen::item).toList(), ended);
		seen.clear();
	}

	private static String text(Object value) {
		return Objects.toString(value, null);
	}

}
