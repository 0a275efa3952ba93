package uk.police.spo.units;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.TimelineEntry;

/**
 * A supervisor moves a case to another unit: the case, every one of its process instances (running and ended, called
 * ones included: all carry the case's business key) and its open tasks follow. The old unit keeps nothing of it, in
 * the runtime or in history: officers' own grants on the case's tasks (from claiming one) go too, and an open task
 * claimed by one of them goes back to its queue, now the new unit's.
 */
@Service
public class CaseUnitChange {

	private final Units units;

	private final RuntimeService runtime;

	private final HistoryService history;

	private final TaskService tasks;

	private final UnitTaskAccess taskAccess;

	private final UnitInstanceAccess instanceAccess;

	private final Clock clock;

	CaseUnitChange(Units units, RuntimeService runtime, HistoryService history, TaskService tasks,
			UnitTaskAccess taskAccess, UnitInstanceAccess instanceAccess, Clock clock) {
		this.units = units;
		this.runtime = runtime;
		this.history = history;
		this.tasks = tasks;
		this.taskAccess = taskAccess;
		this.instanceAccess = instanceAccess;
		this.clock = clock;
	}

	@Transactional
	public void move(CaseFile caseFile, String toUnit) {
		UnitProperties.Unit from = units.unit(caseFile.unitCode());
		UnitProperties.Unit to = units.unit(toUnit);
		caseFile.assignTo(to.code());
		String reference = caseFile.reference();
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
		String by = SecurityContextHolder.getContext().getAuthentication().getName();
		caseFile.record(new TimelineEntry(clock.instant(), "UNIT_CHANGED",
				"Moved from " + from.name() + " to " + to.name(), by));
	}

}
