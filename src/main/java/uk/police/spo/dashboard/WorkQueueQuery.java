package uk.police.spo.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import uk.police.spo.tasks.WorkQueueKeys;
import uk.police.spo.system.UkDates;

/**
 * The SQL of one officer's work queue over the read model of open work ({@code work_item}): the officer's own queue
 * and each of their groups', in each of their units. A page is the union of one sub-query per queue and unit, each
 * read in the order of its index and cut at the page's end, so a page costs about its size however long the queues
 * are; a task in two of the officer's queues is one row of the union. The case's risk is the read model's own copy,
 * with an index of its own; sorting by the order's end reads the case's orders for every task of the queue.
 */
final class WorkQueueQuery {

	private static final String ORDER_ENDS = "coalesce((select max(o.ends_on) from protective_order o where "
			+ "o.case_id = w.case_id and " + CaseSql.ORDER_IN_FORCE + "), date '9999-12-31')";

	private final WorkFilter filter;

	private final List<String> queues;

	/** One entry per unit to read, null for every unit (administrators). */
	private final List<String> units;

	private final MapSqlParameterSource parameters = new MapSqlParameterSource();

	WorkQueueQuery(WorkFilter filter, String user, List<String> groups, ViewerScope scope, Instant now) {
		this.filter = filter;
		this.queues = new ArrayList<>();
		if (user != null) {
			queues.add(WorkQueueKeys.ofUser(user));
		}
		groups.forEach(group -> queues.add(WorkQueueKeys.ofGroup(group)));
		List<String> read = new ArrayList<>();
		if (scope.everyUnit()) {
			read.add(null);
		}
		else {
			read.addAll(scope.units());
		}
		this.units = read;
		Instant endOfToday = LocalDate.ofInstant(now, UkDates.ZONE).plusDays(1).atStartOfDay(UkDates.ZONE).toInstant();
		parameters.addValue("now", CaseSql.timestamp(now))
			.addValue("endOfToday", CaseSql.timestamp(endOfToday))
			.addValue("endOfWeek", CaseSql.timestamp(endOfToday.plus(Duration.ofDays(6))))
			.addValue("riskRank", filter.risk() == null ? null : WorkQueueKeys.riskRank(filter.risk()))
			.addValue("activity", filter.activity())
			.addValue("queues", queues.isEmpty() ? List.of("-") : queues)
			.addValue("units", scope.units().isEmpty() ? List.of("-") : scope.units());
	}

	boolean empty() {
		return queues.isEmpty() || units.isEmpty();
	}

	MapSqlParameterSource parameters() {
		return parameters;
	}

	/** The ids of the page's tasks, in the page's order. */
	String page(int pageSize) {
		long end = (long) (filter.page() + 1) * pageSize;
		List<String> parts = new ArrayList<>();
		for (int q = 0; q < queues.size(); q++) {
			for (int u = 0; u < units.size(); u++) {
				String unit = units.get(u) == null ? "w.unit_code is not null" : "w.unit_code = :unit" + u;
				parameters.addValue("queue" + q, queues.get(q)).addValue("unit" + u, units.get(u));
				parts.add("(select w.task_id, " + sortKey() + " as sort_key, w.due_at from work_item w where w.queue_key = :queue" + q + " and " + unit + conditions() + " order by "
						+ order("w.due_at", "w.task_id") + " limit " + end + ")");
			}
		}
		return "select q.task_id from (" + String.join(" union ", parts) + ") q order by " + order("q.due_at", "q.task_id")
				+ " limit " + pageSize + " offset " + (long) filter.page() * pageSize;
	}

	/**
	 * How many tasks the queues hold after the filters, each counted once, up to {@code limit}: counting every task of
	 * a long queue would cost as much as reading it.
	 */
	String countUpTo(long limit) {
		return "select count(*) from (select distinct w.task_id from work_item w where " + inQueuesAndUnits() + conditions() + " limit " + limit + ") counted";
	}

	/**
	 * The activities of the queues' tasks, for the filter's choices, per queue and unit: with the index's leading
	 * columns in the answer the database skips from one activity to the next instead of reading every task.
	 */
	String activities() {
		return "select distinct w.queue_key, w.unit_code, w.activity_id from work_item w where " + inQueuesAndUnits();
	}

	private String inQueuesAndUnits() {
		return "w.queue_key in (:queues) and "
				+ (units.contains(null) ? "w.unit_code is not null" : "w.unit_code in (:units)");
	}

	private String conditions() {
		StringBuilder where = new StringBuilder();
		if (filter.risk() != null) {
			where.append(" and w.risk_rank = :riskRank");
		}
		if (filter.activity() != null) {
			where.append(" and w.activity_id = :activity");
		}
		if (filter.due() != null) {
			where.append(switch (filter.due()) {
				case "overdue" -> " and w.due_at < :now";
				case "today" -> " and w.due_at < :endOfToday";
				case "week" -> " and w.due_at < :endOfWeek";
				default -> " and w.due_at is null";
			});
		}
		return where.toString();
	}

	/** The sort's own key; the due date and the task id follow it (due tasks without a date first, as SQL sorts). */
	private String sortKey() {
		return switch (filter.sort()) {
			case "risk" -> "w.risk_rank";
			case "activity" -> "w.task_name";
			case "reference" -> "w.reference";
			case "order" -> ORDER_ENDS;
			default -> "w.due_at";
		};
	}

	private String order(String due, String taskId) {
		String direction = filter.descending() ? " desc" : "";
		List<String> keys = new ArrayList<>();
		if (!filter.sort().equals("due")) {
			keys.add("sort_key" + direction);
		}
		if (!filter.sort().equals("reference")) {
			keys.add(due + direction);
		}
		keys.add(taskId + direction);
		return String.join(", ", keys);
	}

}
