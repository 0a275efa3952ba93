package uk.police.spo.units;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Hands a case's process work from one unit to another: every process instance of the case (running and ended,
 * called ones included: all carry the case's business key) and its open tasks follow. The old unit keeps nothing of
 * it, in the runtime or in history: officers' own grants on the case's tasks (from claiming one) go too, and an open
 * task claimed by one of them goes back to its queue, now the new unit's.
 */
@Service
public class UnitHandover {

	private final RuntimeService runtime;

	private final HistoryService history;

	private final TaskService tasks;

	private final UnitTaskAccess taskAccess;

	private final UnitInstanceAccess instanceAccess;

	private final ApplicationEventPublisher events;

	UnitHandover(RuntimeService runtime, HistoryService history, TaskService tasks, UnitTaskAccess taskAccess,
			UnitInstanceAccess instanceAccess, ApplicationEventPublisher events) {
		this.runtime = runtime;
		this.history = history;
		this.tasks = tasks;
		this.taskAccess = taskAccess;
		this.instanceAccess = instanceAccess;
		this.events = events;
	}

	public void handOver(String reference, UnitProperties.Unit from, UnitProperties.Unit to) {
		Set<String> running = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.collect(Collectors.toSet());
		running.forEach(id -> runtime.setVariableLocal(id, UnitTaskAccess.CASE_UNIT, to.code()));
		for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()) {
			instanceAccess.move(instance.getId(), running.contains(instance.getId()), from.group(), to.group());
		}
		for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(reference).list()) {
			taskAccess.move(task.getId(), from.group(), to.group());
			if (task.getAssignee() != null) {
				tasks.setAssignee(task.getId(), null);
			}
		}
		for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()) {
			taskAccess.revokeOfficersGrants(task.getId());
		}
		events.publishEvent(new CaseWorkMoved(reference, to.code()));
	}

}
