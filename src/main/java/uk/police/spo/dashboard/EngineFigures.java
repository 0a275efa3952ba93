package uk.police.spo.dashboard;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.IncidentQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import uk.police.spo.tasks.EscalateOverdueTaskDelegate;
import uk.police.spo.tasks.WorkQueueKeys;

/**
 * The engine's figures for the reader's units: open, overdue and escalated tasks, grouped by activity and holder, from
 * the read model of open work ({@code work_item}, one indexed count each); incidents and failed jobs (exceptions, few)
 * through the engine's incident query as the reader ({@link EngineReader}). A task of a suspended process instance is
 * offered to nobody, so it is neither overdue nor escalated: such tasks are counted apart.
 */
@Component
class EngineFigures {

	/** Escalated tasks get this priority, from the one place that sets it. */
	static final int ESCALATED_PRIORITY = EscalateOverdueTaskDelegate.ESCALATED_PRIORITY;

	/** The most incidents or failed jobs whose cases a case list names. */
	static final int LISTED = 1000;

	static final String UNASSIGNED = "-";

	/** A task of the reader's units in the read model, aliased {@code w}. */
	private static final String TASKS = " from work_item w where w.queue_key = :every and ";

	/** An active task (its instance not suspended) past its due date; {@link #OVERDUE} with a leading "and". */
	private static final String OVERDUE_TASK = "w.suspended = false and w.due_at < :now";

	private static final String ESCALATED_TASK = "w.suspended = false and w.priority >= :escalated";

	static final String OVERDUE = " and " + OVERDUE_TASK;

	/** An active task escalated to supervisors. */
	static final String ESCALATED = " and " + ESCALATED_TASK;

	/** Open, overdue, escalated and suspended tasks in one read of the index ix_work_item_open_figures (V35). */
	private static final String TOTALS = "select count(*) as open_tasks, " + countOf(OVERDUE_TASK) + " as overdue, "
			+ countOf(ESCALATED_TASK) + " as escalated, " + countOf("w.suspended = true") + " as suspended" + TASKS;

	private final NamedParameterJdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final EngineReader reader;

	private final ActivityNames activityNames;

	EngineFigures(NamedParameterJdbcTemplate jdbc, RuntimeService runtime, EngineReader reader,
			ActivityNames activityNames) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.reader = reader;
		this.activityNames = activityNames;
	}

	record Counts(long openTasks, long overdueTasks, List<Figure> overdueByActivity, List<Figure> overdueByAssignee,
			long escalatedTasks, long suspendedTasks, long incidents, long failedJobs) {
	}

	Counts counts(Instant now, ViewerScope scope) {
		MapSqlParameterSource parameters = parameters(now, scope);
		String units = units(scope);
		long[] tasks = totals(units, parameters);
		// overdue tasks by activity and holder at once, summed each way here
		Map<String, Figure> byActivity = new HashMap<>();
		Map<String, Long> byHolder = new HashMap<>();
		jdbc.query("select w.activity_id, w.assignee, count(*) as n" + TASKS + units + OVERDUE
				+ " group by w.activity_id, w.assignee", parameters, row -> {
					String activity = row.getString("activity_id");
					long n = row.getLong("n");
					byActivity.merge(activity,
							new Figure(activityNames.of(activity), CaseFigure.OVERDUE_ACTIVITY.key, activity, n),
							(a, b) -> new Figure(a.label(), a.figure(), activity, a.count() + b.count()));
					String holder = row.getString("assignee");
					byHolder.merge(holder == null ? UNASSIGNED : holder, n, Long::sum);
				});
		List<Figure> activities = byActivity.values()
			.stream()
			.sorted(Comparator.comparingLong(Figure::count).reversed()
				.thenComparing(Figure::label, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
		List<Figure> holders = byHolder.entrySet()
			.stream()
			.sorted(Comparator.comparing(Map.Entry<String, Long>::getValue).reversed()
				.thenComparing(e -> e.getKey().equals(UNASSIGNED) ? "" : e.getKey()))
			.map(e -> new Figure(e.getKey().equals(UNASSIGNED) ? "Nobody (in a queue)" : e.getKey(),
					CaseFigure.OVERDUE_ASSIGNEE.key, e.getKey(), e.getValue()))
			.toList();
		return reader.asReader(() -> new Counts(tasks[0], tasks[1], activities, holders, tasks[2], tasks[3],
				runtime.createIncidentQuery().count(), failedJobs().count()));
	}

	/** Open tasks, overdue tasks, escalated tasks, incidents and failed jobs over every unit (for metrics). */
	long[] totals(Instant now) {
		ViewerScope everyUnit = ViewerScope.everyUnitScope();
		long[] tasks = totals(units(everyUnit), parameters(now, everyUnit));
		return new long[] { tasks[0], tasks[1], tasks[2], runtime.createIncidentQuery().count(), failedJobs().count() };
	}

	/** Open, overdue (active), escalated (active) and suspended tasks of the units. */
	private long[] totals(String units, MapSqlParameterSource parameters) {
		return jdbc.queryForObject(TOTALS + units, parameters, (row, i) -> new long[] { row.getLong("open_tasks"),
				row.getLong("overdue"), row.getLong("escalated"), row.getLong("suspended") });
	}

	private static String countOf(String condition) {
		return "coalesce(sum(case when " + condition + " then 1 else 0 end), 0)";
	}

	/** The read model's unit of a task, as {@link ViewerScope#where} is the case's. */
	private static String units(ViewerScope scope) {
		if (scope.everyUnit()) {
			return "1 = 1";
		}
		return scope.units().isEmpty() ? "1 = 0" : "w.unit_code in (:units)";
	}

	static MapSqlParameterSource parameters(Instant now, ViewerScope scope) {
		return scope.parameters()
			.addValue("every", WorkQueueKeys.EVERY_TASK)
			.addValue("now", CaseSql.timestamp(now))
			.addValue("escalated", ESCALATED_PRIORITY);
	}

	/**
	 * Jobs whose retries ran out, by the incident the engine opens for each: the job table holds every timer (one or
	 * more per open case) and has no index on retries, so asking it directly read all of them (0.8 s at 100,000 cases).
	 */
	private IncidentQuery failedJobs() {
		return runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE);
	}

	/** The references of the cases with incidents or failed jobs, as the reader sees them (at most {@link #LISTED}). */
	Set<String> references(CaseFigure figure) {
		return reader.asReader(() -> {
			Set<String> instances = switch (figure) {
				case INCIDENTS -> runtime.createIncidentQuery().listPage(0, LISTED).stream()
					.map(Incident::getProcessInstanceId).collect(Collectors.toSet());
				case FAILED_JOBS -> failedJobs().listPage(0, LISTED).stream()
					.map(Incident::getProcessInstanceId).collect(Collectors.toSet());
				default -> throw new IllegalArgumentException("Not an engine figure: " + figure);
			};
			return businessKeys(instances);
		});
	}

	private Set<String> businessKeys(Set<String> instanceIds) {
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
