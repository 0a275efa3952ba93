package uk.police.spo.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditEntry;
import uk.police.spo.audit.AuditSearch;
import uk.police.spo.audit.AuditTrail;

/**
 * A case's page for its unit's supervisors and the administrators. A case of another unit is not found, exactly as
 * one that does not exist. Reading it is recorded in the audit log (CONSULT), in the same transaction.
 */
@Service
class CasePages {

	/** What of the case page is about people: as the case API's summary, with the timeline's officers and tasks. */
	static final List<String> PAGE_PEOPLE_FIELDS = List.of("reporterType", "relationship", "immediateDanger",
			"timeline.actor", "tasks.assignee");

	static final int TASKS_DONE_SHOWN = 200;

	static final int AUDIT_SHOWN = AuditSearch.MAX_PAGE_SIZE;

	private final NamedParameterJdbcTemplate jdbc;

	private final TaskService tasks;

	private final HistoryService history;

	private final EngineReader reader;

	private final AuditTrail audit;

	CasePages(NamedParameterJdbcTemplate jdbc, TaskService tasks, HistoryService history, EngineReader reader,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.history = history;
		this.reader = reader;
		this.audit = audit;
	}

	@Transactional
	Optional<CaseView> page(String reference, ViewerScope scope) {
		List<CaseView.Summary> found = jdbc.query("select c.reference, c.status, c.risk_level, c.classification, "
				+ "c.unit_code, c.reporter_type, c.relationship, c.immediate_danger, c.received_at, c.closed_at, "
				+ "c.closure_outcome from case_file c where c.reference = :reference and " + scope.where(),
				scope.parameters().addValue("reference", reference),
				(row, i) -> new CaseView.Summary(row.getString("reference"), row.getString("status"),
						row.getString("risk_level"), row.getString("classification"), row.getString("unit_code"),
						row.getString("reporter_type"), row.getString("relationship"), row.getBoolean("immediate_danger"),
						CaseSql.instant(row, "received_at"), CaseSql.instant(row, "closed_at"),
						row.getString("closure_outcome")));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		List<CaseView.Event> timeline = new ArrayList<>(jdbc.query("select t.occurred_at, t.kind, t.summary, t.actor "
				+ "from case_timeline_entry t join case_file c on c.id = t.case_id where c.reference = :reference",
				scope.parameters().addValue("reference", reference),
				(row, i) -> new CaseView.Event(CaseSql.instant(row, "occurred_at"), row.getString("kind"),
						row.getString("summary"), row.getString("actor"))));
		List<CaseView.OpenTask> open = reader.asReader(() -> {
			timeline.addAll(tasksDone(reference));
			return openTasks(reference);
		});
		timeline.sort(Comparator.comparing(CaseView.Event::at));
		List<CaseView.AuditLine> trail = audit
			.search(new AuditSearch(reference, null, null, null, scope.everyUnit() ? null : scope.units(), 0, AUDIT_SHOWN))
			.entries()
			.stream()
			.map(CasePages::line)
			.toList();
		audit.record(AuditAction.CONSULT, reference, PAGE_PEOPLE_FIELDS, "dashboard case page");
		return Optional.of(new CaseView(found.get(0), timeline, open, trail));
	}

	private List<CaseView.Event> tasksDone(String reference) {
		return history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(reference)
			.finished()
			.orderByHistoricTaskInstanceEndTime()
			.asc()
			.listPage(0, TASKS_DONE_SHOWN)
			.stream()
			.filter(t -> t.getEndTime() != null)
			.map(t -> new CaseView.Event(t.getEndTime().toInstant(), "TASK_DONE", "Task done: " + t.getName(),
					t.getAssignee() == null ? "" : t.getAssignee()))
			.toList();
	}

	private List<CaseView.OpenTask> openTasks(String reference) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.active()
			.orderByDueDate()
			.asc()
			.list()
			.stream()
			.map(t -> new CaseView.OpenTask(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getAssignee(),
					t.getDueDate() == null ? null : t.getDueDate().toInstant(), t.getPriority()))
			.toList();
	}

	private static CaseView.AuditLine line(AuditEntry entry) {
		return new CaseView.AuditLine(entry.occurredAt(), entry.actor(),
				entry.action() == null ? "?" : entry.action().name(), entry.fieldNames(),
				entry.purpose());
	}

}
