package uk.police.spo.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;

/**
 * An officer's case work: the open tasks they hold and their groups' unclaimed ones, in their units (the engine's
 * authorization checks, as the officer), each joined to its case's own data from the case tables (reference, risk
 * level, the victim's safe-contact method, the end of the order in force), sorted and filtered by any of them.
 */
@Service
class WorkQueue {

	static final int LISTED = 500;

	static final int PAGE_SIZE = 50;

	/** What of the queue is about people: the victim's safe-contact method and the case's risk. */
	static final List<String> QUEUE_PEOPLE_FIELDS = List.of("victim.safeContactMethod", "riskLevel");

	private static final Map<String, Integer> RISK_ORDER = Map.of("HIGH", 0, "MEDIUM", 1, "STANDARD", 2);

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final NamedParameterJdbcTemplate jdbc;

	private final EngineReader reader;

	private final AuditTrail audit;

	private final Clock clock;

	WorkQueue(TaskService tasks, RuntimeService runtime, NamedParameterJdbcTemplate jdbc, EngineReader reader,
			AuditTrail audit, Clock clock) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.jdbc = jdbc;
		this.reader = reader;
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

	record Result(WorkFilter filter, long total, int page, boolean complete, List<Item> items, List<String> activities) {
	}

	record CaseData(String risk, String unit, String safeContact, LocalDate orderEndsOn) {
	}

	@Transactional
	Result queue(WorkFilter filter, ViewerScope scope) {
		String user = EngineReader.currentUser();
		List<String> groups = EngineReader.currentGroups();
		Instant now = clock.instant();
		List<Task> open = reader.asReader(() -> tasks.createTaskQuery()
			.active()
			.or()
			.taskAssignee(user)
			.taskCandidateGroupIn(groups.isEmpty() ? List.of("-") : groups)
			.endOr()
			.orderByDueDate()
			.asc()
			.listPage(0, LISTED));
		Map<String, String> references = businessKeys(open);
		Map<String, CaseData> cases = caseData(Set.copyOf(references.values()), scope);
		List<Item> all = open.stream()
			.filter(t -> cases.containsKey(references.get(t.getProcessInstanceId())))
			.map(t -> item(t, references.get(t.getProcessInstanceId()), cases))
			.toList();
		List<String> activities = all.stream().map(Item::activity).distinct().sorted().toList();
		List<Item> matching = all.stream()
			.filter(i -> filter.matches(i, now))
			.sorted(order(filter))
			.toList();
		List<Item> page = matching.stream().skip((long) filter.page() * PAGE_SIZE).limit(PAGE_SIZE).toList();
		if (!page.isEmpty()) {
			audit.record(AuditAction.CONSULT, null, QUEUE_PEOPLE_FIELDS, "work queue");
		}
		return new Result(filter, matching.size(), filter.page(), open.size() < LISTED, page, activities);
	}

	private static Item item(Task task, String reference, Map<String, CaseData> cases) {
		CaseData data = cases.get(reference);
		return new Item(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
				task.getDueDate() == null ? null : task.getDueDate().toInstant(),
				task.getPriority() >= EngineFigures.ESCALATED_PRIORITY, reference, data.risk(), data.safeContact(),
				data.orderEndsOn());
	}

	private Map<String, String> businessKeys(List<Task> open) {
		Set<String> ids = open.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		return reader.asReader(() -> runtime.createProcessInstanceQuery().processInstanceIds(ids).list())
			.stream()
			.filter(p -> p.getBusinessKey() != null)
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
	}

	private Map<String, CaseData> caseData(Set<String> references, ViewerScope scope) {
		Map<String, CaseData> found = new HashMap<>();
		if (references.isEmpty()) {
			return found;
		}
		jdbc.query("select c.reference, c.risk_level, c.unit_code, "
				+ "(select min(p.safe_contact_method) from case_person p where p.case_id = c.id and p.role = 'VICTIM') "
				+ "as safe_contact, (select max(o.ends_on) from protective_order o where o.case_id = c.id and "
				+ CaseSql.ORDER_IN_FORCE + ") as order_ends_on from case_file c where c.reference in (:references) and "
				+ scope.where(), scope.parameters().addValue("references", references),
				row -> {
					found.put(row.getString("reference"), new CaseData(row.getString("risk_level"),
							row.getString("unit_code"), row.getString("safe_contact"),
							row.getObject("order_ends_on", LocalDate.class)));
				});
		return found;
	}

	static Comparator<Item> order(WorkFilter filter) {
		Comparator<Item> byDue = Comparator.comparing(Item::due, Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Item> chosen = switch (filter.sort()) {
			case "risk" -> Comparator.comparing((Item i) -> i.risk() == null ? 3 : RISK_ORDER.getOrDefault(i.risk(), 3))
				.thenComparing(byDue);
			case "activity" -> Comparator.comparing(Item::task, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(byDue);
			case "reference" -> Comparator.comparing(Item::reference);
			case "order" -> Comparator.comparing(Item::orderEndsOn, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(byDue);
			default -> byDue;
		};
		Comparator<Item> stable = chosen.thenComparing(Item::taskId);
		return filter.descending() ? stable.reversed() : stable;
	}


}
