package uk.police.spo.dashboard;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import uk.police.spo.tasks.EscalateOverdueTaskDelegate;

/**
 * The engine's figures through its public query API, as the reader ({@link EngineReader}): counts, and the overdue
 * tasks grouped by activity and holder over the {@link #LISTED} longest overdue (an exception list, not every task).
 */
@Component
class EngineFigures {

	/** Escalated tasks get this priority, from the one place that sets it. */
	static final int ESCALATED_PRIORITY = EscalateOverdueTaskDelegate.ESCALATED_PRIORITY;

	static final int LISTED = 1000;

	static final String UNASSIGNED = "-";

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final EngineReader reader;

	EngineFigures(TaskService tasks, RuntimeService runtime, ManagementService management, EngineReader reader) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.management = management;
		this.reader = reader;
	}

	/**
	 * @param overdueGrouped true when the groups cover every overdue task (there were at most {@link #LISTED})
	 */
	record Counts(long openTasks, long overdueTasks, List<Figure> overdueByActivity, List<Figure> overdueByAssignee,
			boolean overdueGrouped, long escalatedTasks, long incidents, long failedJobs) {
	}

	Counts counts(Instant now) {
		return reader.asReader(() -> {
			long overdue = overdue(now).count();
			List<Task> listed = overdue(now).orderByDueDate().asc().listPage(0, LISTED);
			return new Counts(tasks.createTaskQuery().active().count(), overdue, byActivity(listed), byAssignee(listed),
					overdue <= LISTED, escalated().count(), runtime.createIncidentQuery().count(), failedJobs().count());
		});
	}

	/** Open tasks, overdue tasks, incidents and failed jobs over every unit (for metrics: no reader). */
	long[] totals(Instant now) {
		return new long[] { tasks.createTaskQuery().active().count(), overdue(now).count(), escalated().count(),
				runtime.createIncidentQuery().count(), failedJobs().count() };
	}

	private TaskQuery overdue(Instant now) {
		return tasks.createTaskQuery().active().dueBefore(Date.from(now));
	}

	private TaskQuery escalated() {
		return tasks.createTaskQuery().active().taskPriority(ESCALATED_PRIORITY);
	}

	private org.camunda.bpm.engine.runtime.JobQuery failedJobs() {
		return management.createJobQuery().withException().noRetriesLeft();
	}

	private static List<Figure> byActivity(List<Task> listed) {
		Map<String, List<Task>> grouped = listed.stream()
			.collect(Collectors.groupingBy(Task::getTaskDefinitionKey, LinkedHashMap::new, Collectors.toList()));
		return grouped.entrySet()
			.stream()
			.map(e -> new Figure(e.getValue().get(0).getName(), CaseFigure.OVERDUE_ACTIVITY.key, e.getKey(),
					e.getValue().size()))
			.sorted(Comparator.comparingLong(Figure::count).reversed().thenComparing(Figure::label))
			.toList();
	}

	private static List<Figure> byAssignee(List<Task> listed) {
		Map<String, Long> grouped = listed.stream()
			.collect(Collectors.groupingBy(t -> t.getAssignee() == null ? UNASSIGNED : t.getAssignee(),
					Collectors.counting()));
		return grouped.entrySet()
			.stream()
			.map(e -> new Figure(e.getKey().equals(UNASSIGNED) ? "Nobody (in a queue)" : e.getKey(),
					CaseFigure.OVERDUE_ASSIGNEE.key, e.getKey(), e.getValue()))
			.sorted(Comparator.comparingLong(Figure::count).reversed().thenComparing(Figure::label))
			.toList();
	}

	/** The references of the cases behind an engine figure, as the reader sees them (at most {@link #LISTED}). */
	Set<String> references(CaseFigure figure, String value, Instant now) {
		return reader.asReader(() -> {
			Collection<String> instances = switch (figure) {
				case OVERDUE_TASKS -> instancesOf(overdue(now).listPage(0, LISTED));
				case OVERDUE_ACTIVITY -> instancesOf(overdue(now).taskDefinitionKey(value).listPage(0, LISTED));
				case OVERDUE_ASSIGNEE -> instancesOf((UNASSIGNED.equals(value) ? overdue(now).taskUnassigned()
						: overdue(now).taskAssignee(value)).listPage(0, LISTED));
				case ESCALATED -> instancesOf(escalated().listPage(0, LISTED));
				case INCIDENTS -> runtime.createIncidentQuery().listPage(0, LISTED).stream()
					.map(Incident::getProcessInstanceId).collect(Collectors.toSet());
				case FAILED_JOBS -> failedJobs().listPage(0, LISTED).stream()
					.map(Job::getProcessInstanceId).collect(Collectors.toSet());
				default -> throw new IllegalArgumentException("Not an engine figure: " + figure);
			};
			return businessKeys(instances);
		});
	}

	private static Set<String> instancesOf(List<Task> listed) {
		return listed.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
	}

	private Set<String> businessKeys(Collection<String> instanceIds) {
		Set<String> ids = instanceIds.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Set.of();
		}
		return runtime.createProcessInstanceQuery()
			.processInstanceIds(ids)
			.list()
			.stream()
			.map(ProcessInstance::getBusinessKey)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
	}

}
