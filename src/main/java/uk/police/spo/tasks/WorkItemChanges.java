package uk.police.spo.tasks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.police.spo.units.UnitTaskAccess;

/**
 * The tasks one transaction changed, written to the read model just before it commits: by then every listener of the
 * task (the model's own, which name it and set its deadline after the built-in ones) has run, so the row holds the
 * task as it is committed. What the task's scalar fields do not say (its candidate groups, case and unit) is read at
 * each event, while the engine's command is still open. A process instance suspended or activated has its tasks read
 * again from the engine once its command has written the new state ({@link #refresh}): the engine has no task event
 * for that.
 */
final class WorkItemChanges implements TransactionSynchronization {

	static final String CASE_ID = "caseId";

	private final WorkItems items;

	private final Map<String, Seen> seen = new LinkedHashMap<>();

	private final Set<String> refreshed = new LinkedHashSet<>();

	private EngineWorkItems engine;

	private boolean written;

	private record Seen(DelegateTask task, boolean ended, Set<String> candidateGroups, String caseId, String reference,
			String unitCode) {

		WorkItem item() {
			return new WorkItem(task.getId(), task.getProcessInstanceId(), caseId, reference, unitCode,
					task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), candidateGroups,
					task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
					task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority(),
					task instanceof Task entity && entity.isSuspended());
		}

	}

	private WorkItemChanges(WorkItems items) {
		this.items = items;
	}

	/**
	 * A process instance was suspended or activated: its tasks are read from the engine again just before the commit,
	 * after the engine has written their new state.
	 */
	static void refresh(String processInstanceId, WorkItems items, EngineWorkItems engine) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			items.replaceInstances(Set.of(processInstanceId), engine.ofInstances(Set.of(processInstanceId)));
			return;
		}
		WorkItemChanges changes = current(items);
		changes.engine = engine;
		changes.refreshed.add(processInstanceId);
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
		if (!refreshed.isEmpty()) {
			items.replaceInstances(refreshed, engine.ofInstances(refreshed));
			refreshed.clear();
		}
	}

	private static String text(Object value) {
		return Objects.toString(value, null);
	}

}
