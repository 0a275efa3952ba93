package uk.police.spo.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditEntry;
import uk.police.spo.audit.AuditSearch;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CasePerson;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.PersonRole;
import uk.police.spo.cases.SafeContactMethod;

/**
 * A case's page for every officer of the case's unit and for the administrators. A case of another unit is not found,
 * exactly as one that does not exist. Reading it is recorded in the audit log (CONSULT), in the same transaction: one
 * entry for the page, naming what of people it showed to this reader, and one more when it showed the victim's safe
 * contact detail. The victim's encrypted contact details are read (and decrypted) only for the roles that may see
 * them ({@link CaseReader}); everything else is read from the case tables with this module's own SQL.
 */
@Service
class CasePages {

	/** What of the case page is about people, for every reader: the summary, the report and the officers' names. */
	static final List<String> PAGE_PEOPLE_FIELDS = List.of("reporterType", "relationship", "immediateDanger", "impact",
			"incidents", "suspect.name", "suspect.dateOfBirth", "suspect.description", "suspect.onlineAccounts",
			"victim.safeContact.method", "timeline.actor", "tasks.assignee");

	static final List<String> INVESTIGATION_FIELDS = List.of("witness.name", "evidence.description");

	static final List<String> SAFE_CONTACT_FIELDS = List.of("victim.safeContact.detail", "victim.safeContact.safeTimes",
			"victim.safeContact.voicemailSafe");

	static final String PURPOSE = "case page";

	static final String SAFE_CONTACT_PURPOSE = "case page safe contact";

	static final int TASKS_DONE_SHOWN = 200;

	static final int AUDIT_SHOWN = AuditSearch.MAX_PAGE_SIZE;

	private final NamedParameterJdbcTemplate jdbc;

	private final TaskService tasks;

	private final HistoryService history;

	private final AuditTrail audit;

	private final CaseRecords cases;

	CasePages(NamedParameterJdbcTemplate jdbc, TaskService tasks, HistoryService history, AuditTrail audit,
			CaseRecords cases) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.history = history;
		this.audit = audit;
		this.cases = cases;
	}

	@Transactional
	Optional<CaseView> page(String reference, ViewerScope scope, CaseReader who) {
		MapSqlParameterSource byReference = scope.parameters().addValue("reference", reference);
		List<CaseRow> found = jdbc.query("select c.id, c.reference, c.status, c.risk_level, c.classification, "
				+ "c.unit_code, c.reporter_type, c.relationship, c.immediate_danger, c.received_at, c.closed_at, "
				+ "c.closure_outcome, c.impact, c.classification_crime_reference, c.stalking_question, "
				+ "c.four_fixated, c.four_obsessive, c.four_unwanted, c.four_repeated from case_file c "
				+ "where c.reference = :reference and "
				+ scope.where(),
				byReference,
				(row, i) -> new CaseRow(row.getString("id"), row.getString("impact"),
						new CaseView.Summary(row.getString("reference"), row.getString("status"),
								row.getString("risk_level"), row.getString("classification"),
								row.getString("unit_code"), row.getString("reporter_type"),
								row.getString("relationship"), row.getBoolean("immediate_danger"),
								CaseSql.instant(row, "received_at"), CaseSql.instant(row, "closed_at"),
								row.getString("closure_outcome"),
								new CaseView.Conduct(row.getString("classification_crime_reference"),
										otherOffences(row.getString("id")),
										row.getString("stalking_question"), row.getString("four_fixated"),
										row.getString("four_obsessive"), row.getString("four_unwanted"),
										row.getString("four_repeated")))));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		CaseRow caseRow = found.get(0);
		MapSqlParameterSource byCase = new MapSqlParameterSource("caseId", caseRow.id());
		List<CaseView.Event> timeline = new ArrayList<>(jdbc.query("select t.occurred_at, t.kind, t.summary, t.actor "
				+ "from case_timeline_entry t where t.case_id = :caseId", byCase,
				(row, i) -> new CaseView.Event(CaseSql.instant(row, "occurred_at"), row.getString("kind"),
						row.getString("summary"), row.getString("actor"))));
		// the case is the reader's unit's (checked above): every task of it is shown, whichever role it is for
		List<CaseView.DoneTask> done = tasksDone(reference);
		done.forEach(t -> timeline.add(new CaseView.Event(t.at(), "TASK_DONE", "Task done: " + t.name(), t.by())));
		timeline.sort(Comparator.comparing(CaseView.Event::at));
		List<CaseView.OpenTask> open = openTasks(reference);
		List<CaseView.AuditLine> trail = who.auditTrail() ? auditTrail(reference, scope) : List.of();
		List<String> fields = new ArrayList<>(PAGE_PEOPLE_FIELDS);
		if (who.investigation()) {
			fields.addAll(INVESTIGATION_FIELDS);
		}
		audit.record(AuditAction.CONSULT, reference, fields, PURPOSE);
		CaseView.SafeContact safeContact = safeContact(reference, byCase, who);
		return Optional.of(new CaseView(caseRow.summary(), who, report(caseRow, byCase), assessments(byCase),
				safeContact, who.investigation() ? witnesses(byCase) : List.of(),
				who.investigation() ? evidence(byCase) : List.of(), documents(byCase), timeline, done, open, trail));
	}

	private record CaseRow(String id, String impact, CaseView.Summary summary) {
	}

	private CaseView.Report report(CaseRow caseRow, MapSqlParameterSource byCase) {
		List<CaseView.Incident> incidents = jdbc.query("select occurred_on, behaviour, location, description "
				+ "from case_incident where case_id = :caseId order by position", byCase,
				(row, i) -> new CaseView.Incident(row.getObject("occurred_on", LocalDate.class),
						row.getString("behaviour"), row.getString("location"), row.getString("description")));
		Optional<CaseView.Suspect> suspect = jdbc.query("select name, date_of_birth, description, online_accounts "
				+ "from case_person where case_id = :caseId and role = 'SUSPECT'", byCase,
				(row, i) -> new CaseView.Suspect(row.getString("name"), row.getObject("date_of_birth", LocalDate.class),
						row.getString("description"), row.getString("online_accounts")))
			.stream()
			.findFirst();
		return new CaseView.Report(caseRow.impact(), incidents, suspect);
	}

	private List<CaseView.OtherOffence> otherOffences(String caseId) {
		return jdbc.query("select offence, crime_reference from case_other_offence where case_id = :caseId "
				+ "order by position", new MapSqlParameterSource("caseId", caseId),
				(row, i) -> new CaseView.OtherOffence(row.getString("offence"), row.getString("crime_reference")));
	}

	private List<CaseView.Assessment> assessments(MapSqlParameterSource byCase) {
		return jdbc.query("select assessed_at, context, risk_level, yes_answers, stalking_question, screening_yes, "
				+ "marac_referral, consider_spo, urgent_safeguarding, assessed_by from risk_assessment "
				+ "where case_id = :caseId order by assessed_at", byCase,
				(row, i) -> new CaseView.Assessment(CaseSql.instant(row, "assessed_at"), row.getString("context"),
						row.getString("risk_level"), row.getInt("yes_answers"), row.getString("stalking_question"),
						row.getInt("screening_yes"),
						row.getBoolean("marac_referral"), row.getBoolean("consider_spo"),
						row.getBoolean("urgent_safeguarding"), row.getString("assessed_by")));
	}

	/** The method from the case table; the detail decrypted from the case record for those who contact the victim. */
	private CaseView.SafeContact safeContact(String reference, MapSqlParameterSource byCase, CaseReader who) {
		String method = jdbc.query("select safe_contact_method from case_person where case_id = :caseId "
				+ "and role = 'VICTIM'", byCase, (row, i) -> row.getString("safe_contact_method"))
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (!who.safeContactDetail() || method == null) {
			return new CaseView.SafeContact(method, Optional.empty());
		}
		Optional<CaseView.SafeContact.Detail> detail = cases.byReference(reference)
			.flatMap(c -> c.personIn(PersonRole.VICTIM))
			.map(victim -> new CaseView.SafeContact.Detail(channel(victim), victim.safeTimes(),
					victim.voicemailSafe()));
		detail.ifPresent(d -> audit.record(AuditAction.CONSULT, reference, SAFE_CONTACT_FIELDS, SAFE_CONTACT_PURPOSE));
		return new CaseView.SafeContact(method, detail);
	}

	private static String channel(CasePerson victim) {
		if (victim.safeContactMethod() == SafeContactMethod.PHONE) {
			return victim.phone();
		}
		return victim.safeContactMethod() == SafeContactMethod.EMAIL ? victim.email() : null;
	}

	private List<String> witnesses(MapSqlParameterSource byCase) {
		return jdbc.query("select name from case_person where case_id = :caseId and role = 'WITNESS' order by name",
				byCase, (row, i) -> row.getString("name"));
	}

	private List<CaseView.Evidence> evidence(MapSqlParameterSource byCase) {
		return jdbc.query("select id, recorded_at, kind, description, file_label, content_type, size_bytes, "
				+ "recorded_by from evidence_item where case_id = :caseId order by recorded_at", byCase,
				(row, i) -> new CaseView.Evidence(row.getString("id"), CaseSql.instant(row, "recorded_at"),
						row.getString("kind"), row.getString("description"), row.getString("file_label"),
						row.getString("content_type"), row.getLong("size_bytes"), row.getString("recorded_by")));
	}

	private List<CaseView.Document> documents(MapSqlParameterSource byCase) {
		return jdbc.query("select id, type, version, created_at, created_by from case_document "
				+ "where case_id = :caseId order by created_at", byCase,
				(row, i) -> new CaseView.Document(row.getString("id"), row.getString("type"), row.getInt("version"),
						CaseSql.instant(row, "created_at"), row.getString("created_by")));
	}

	private List<CaseView.AuditLine> auditTrail(String reference, ViewerScope scope) {
		return audit
			.search(new AuditSearch(reference, null, null, null, scope.everyUnit() ? null : scope.units(), 0, AUDIT_SHOWN))
			.entries()
			.stream()
			.map(CasePages::line)
			.toList();
	}

	private List<CaseView.DoneTask> tasksDone(String reference) {
		return history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(reference)
			.finished()
			.orderByHistoricTaskInstanceEndTime()
			.asc()
			.listPage(0, TASKS_DONE_SHOWN)
			.stream()
			.filter(t -> t.getEndTime() != null)
			.map(t -> new CaseView.DoneTask(t.getName(), t.getAssignee() == null ? "" : t.getAssignee(),
					t.getEndTime().toInstant()))
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
