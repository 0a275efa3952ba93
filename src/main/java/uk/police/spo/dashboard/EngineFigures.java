package uk.police.spo.dashboard;

import java.time.Instant;
import java.util.List;
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
 * through the engine's incident query as the reader ({@link EngineReader}).
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

	private final NamedParameterJdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final EngineReader reader;

	EngineFigures(NamedParameterJdbcTemplate jdbc, RuntimeService runtime, EngineReader reader) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.reader = reader;
	}

	record Counts(long openTasks, long overdueTasks, List<Figure> overdueByActivity, List<Figure> overdueByAssignee,
			long escalatedTasks, long incidents, long failedJobs) {
	}

	Counts counts(Instant now, ViewerScope scope) {
		MapSqlParameterSource parameters = parameters(now, scope);
		String units = units(scope);
		List<Figure> byActivity = jdbc.query("select w.activity_id, min(w.task_name) as label, count(*) as n" + TASKS
				+ units + " and w.due_at < :now group by w.activity_id order by n desc, label", parameters,
				(row, i) -> new Figure(row.getString("label"), CaseFigure.OVERDUE_ACTIVITY.key,
						row.getString("activity_id"), row.getLong("n")));
		List<Figure> byAssignee = jdbc.query("select w.assignee, count(*) as n" + TASKS + units
				+ " and w.due_at < :now group by w.assignee order by n desc, w.assignee", parameters, (row, i) -> {
					String holder = row.getString("assignee");
					return new Figure(holder == null ? "Nobody (in a queue)" : holder, CaseFigure.OVERDUE_ASSIGNEE.key,
							holder == null ? UNASSIGNED : holder, row.getLong("n"));
				});
		return reader.asReader(() -> new Counts(count(units, parameters), count(units + " and w.due_at < :now", parameters),
				byActivity, byAssignee, count(units + " and w.priority >= :escalated", parameters),
				runtime.createIncidentQuery().count(), failedJobs().count()));
	}

	/** Open tasks, overdue tasks, escalated tasks, incidents and failed jobs over every unit (for metrics). */
	long[] totals(Instant now) {
		ViewerScope everyUnit = ViewerScope.everyUnitScope();
		MapSqlParameterSource parameters = parameters(now, everyUnit);
		String units = units(everyUnit);
		return new long[] { count(units, parameters), count(units + " and w.due_at < :now", parameters),
				count(units + " and w.priority >= :escalated", parameters), runtime.createIncidentQuery().count(),
				failedJobs().count() };
	}

	private long count(String condition, MapSqlParameterSource parameters) {
		Long n = jdbc.queryForObject("select count(*)" + TASKS + condition, parameters, Long.class);
		return n == null ? 0 : n;
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
