package uk.police.spo.units;

import java.time.Clock;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.TimelineEntry;

/** A supervisor moves a case to another unit: the case, its processes and its open tasks follow. */
@Service
public class CaseUnitChange {

	private final Units units;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final UnitTaskAccess taskAccess;

	private final UnitInstanceAccess instanceAccess;

	private final Clock clock;

	CaseUnitChange(Units units, RuntimeService runtime, TaskService tasks, UnitTaskAccess taskAccess,
			UnitInstanceAccess instanceAccess, Clock clock) {
		this.units = units;
		this.runtime = runtime;
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
		for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()) {
			runtime.setVariableLocal(instance.getId(), UnitTaskAccess.CASE_UNIT, to.code());
			instanceAccess.move(instance.getId(), from.group(), to.group());
		}
		for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(reference).list()) {
			taskAccess.move(task.getId(), from.group(), to.group());
		}
		String by = SecurityContextHolder.getContext().getAuthentication().getName();
		caseFile.record(new TimelineEntry(clock.instant(), "UNIT_CHANGED",
				"Moved from " + from.name() + " to " + to.name(), by));
	}

}
