package uk.police.spo.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.tasks.EscalateOverdueTaskDelegate;
import uk.police.spo.tasks.WorkQueueKeys;

/**
 * An officer's case work: the open tasks they hold and their groups' unclaimed ones, in their units (a suspended
 * process instance's tasks are in no one's queue), each with its case's risk level as the read model holds it and
 * joined to its case's own data from the case tables (reference, the victim's safe-contact method, the end of the
 * order in force), sorted and filtered by any of them. Read from the read model of open work ({@code work_item},
 * kept by the engine's task events), never from the engine's task query.
 */
@Service
class WorkQueue {

	static final int PAGE_SIZE = 50;

	/** How many tasks past the page's start are counted at most. */
	static final int COUNTED_AHEAD = 1000;

	/** What of the queue is about people: the victim's safe-contact method and the case's risk. */
	static final List<String> QUEUE_PEOPLE_FIELDS = List.of("victim.safeContactMethod", "riskLevel");

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	WorkQueue(NamedParameterJdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	record Item(String taskId, String task, String activity, String assignee, Instant due, boolean escalated,
			String reference, String risk, String safeContact, LocalDate orderEndsOn) {

		@JsonProperty("tasklistLink")
		public String tasklistLink() {
			return "/camunda/app/tasklist/default/#/?task=" + taskId;
		}

	}

	/**
	 * @param total the matching tasks, each once; when {@code atLeast}, the queue holds more than that many and they
	 * were not all counted
	 */
	record Result(WorkFilter filter, long total, boolean atLeast, int page, List<Item> items, List<String> activities) {
	}

	/** One transaction: the audit entry of what was shown commits with the reading. */
	@Transactional
	Result queue(WorkFilter filter, ViewerScope scope) {
		WorkQueueQuery query = new WorkQueueQuery(filter, EngineReader.currentUser(), EngineReader.currentGroups(), scope,
				clock.instant());
		if (query.empty()) {
			return new Result(filter, 0, false, filter.page(), List.of(), List.of());
		}
		List<String> activities = jdbc.query(query.activities(), query.parameters(),
				(row, i) -> row.getString("activity_id")).stream().distinct().sorted().toList();
		List<String> ids = jdbc.queryForList(query.page(PAGE_SIZE), query.parameters(), String.class);
		List<Item> page = items(ids);
		if (!page.isEmpty()) {
			audit.record(AuditAction.CONSULT, null, QUEUE_PEOPLE_FIELDS, "work queue");
		}
		return result(filter, query, page, activities);
	}

	/** Counted up to {@link #COUNTED_AHEAD} tasks past the page's start; more than that is said as "at least". */
	private Result result(WorkFilter filter, WorkQueueQuery query, List<Item> page, List<String> activities) {
		long limit = (long) filter.page() * PAGE_SIZE + COUNTED_AHEAD + 1;
		Long counted = jdbc.queryForObject(query.countUpTo(limit), query.parameters(), Long.class);
		long total = counted == null ? 0 : counted;
		boolean atLeast = total == limit;
		return new Result(filter, atLeast ? total - 1 : total, atLeast, filter.page(), page, activities);
	}

	/** The page's tasks with their cases' data, in the page's order. */
	private List<Item> items(List<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Item> found = new HashMap<>();
		jdbc.query("select w.task_id, w.task_name, w.activity_id, w.assignee, w.due_at, w.priority, c.reference, "
				+ "w.risk_level, (select min(p.safe_contact_method) from case_person p where p.case_id = c.id "
				+ "and p.role = 'VICTIM') as safe_contact, (select max(o.ends_on) from protective_order o "
				+ "where o.case_id = c.id and " + CaseSql.ORDER_IN_FORCE + ") as order_ends_on from work_item w "
				+ "join case_file c on c.id = w.case_id where w.queue_key = :every and w.task_id in (:ids)",
				Map.of("every", WorkQueueKeys.EVERY_TASK, "ids", ids), row -> {
					found.put(row.getString("task_id"), new Item(row.getString("task_id"), row.getString("task_name"),
							row.getString("activity_id"), row.getString("assignee"), CaseSql.instant(row, "due_at"),
							row.getInt("priority") >= EscalateOverdueTaskDelegate.ESCALATED_PRIORITY,
							row.getString("reference"), row.getString("risk_level"), row.getString("safe_contact"),
							row.getObject("order_ends_on", LocalDate.class)));
				});
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

}
