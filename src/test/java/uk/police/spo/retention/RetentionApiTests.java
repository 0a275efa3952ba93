package uk.police.spo.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import uk.police.spo.audit.AuditTrail;
import uk.police.spo.documents.CaseDocuments;
import uk.police.spo.documents.NotificationAcknowledgementData;
import uk.police.spo.documents.VictimContacts;
import uk.police.spo.audit.ChainVerification;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.SchemaTraces;
import uk.police.spo.system.UkDates;

/**
 * Closure, the due list and the purge with the whole application on the MySQL-compatible server. Cases come from the
 * report API and their processes are worked to the end through engine REST, as officers would; time passing is
 * simulated by moving a case's review date back.
 */
class RetentionApiTests extends MySqlCompatibleTest {

	/** The people of a case purged in a test: names found nowhere else in the schema. */
	static final String VICTIM_NAME = "Morgan Purgedvictim";

	static final String VICTIM_EMAIL = "morgan.purged@example.org";

	static final String SUSPECT_NAME = "Quinn Purgedsuspect";

	static final String REPORTER_NAME = "Jo Purgedreporter";

	static final String PURGED_REPORT = report(VICTIM_NAME, VICTIM_EMAIL, REPORTER_NAME, SUSPECT_NAME);

	static final String KEPT_VICTIM_NAME = "Robin Keptvictim";

	static final String REPORT = report(KEPT_VICTIM_NAME, "robin.kept@example.org", "Sam Keptreporter",
			"Lee Keptsuspect");

	/** The column types the no-trace scan reads (MySQL's names). */
	static String report(String victim, String email, String reporter, String suspect) {
		return """
				{"reporterType":"THIRD_PARTY","immediateDanger":false,
				 "victim":{"name":"%s","dateOfBirth":"1990-05-17","address":"7 Erasure Lane, SG1 1AA",
				           "phone":"07700 900321","email":"%s","safeContact":{"method":"EMAIL","safeTimes":"after six"}},
				 "reporter":{"name":"%s","phone":"07700 900654","relationshipToVictim":"sister"},
				 "suspect":{"name":"%s","description":"grey van","onlineAccounts":["@quinn_watches"]},
				 "relationship":"EX_PARTNER",
				 "incidents":[{"occurredOn":"2026-09-01","behaviour":"FOLLOWING","location":"Bus station",
				               "description":"followed to work"},{"behaviour":"GIFTS"}],
				 "impact":"afraid to go out"}
				""".formatted(victim, email, reporter, suspect);
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	IdentityService identity;

	@Autowired
	CaseClosure closure;

	@Autowired
	RetentionReviews reviews;

	@Autowired
	AuditTrail audit;

	@Autowired
	CaseDocuments documents;

	@Value("${spo.investigation.evidence.directory}")
	Path evidenceDirectory;

	@Test
	void closingACaseSetsItsReviewDateSixYearsOnAndRecordsIt() {
		String reference = workedToTheEnd(report(REPORT), KEPT_VICTIM_NAME);

		LocalDate reviewOn = closure.close(UUID.fromString(caseId(reference)), "NO_FURTHER_ACTION");

		LocalDate today = LocalDate.now(UkDates.ZONE);
		assertThat(reviewOn).isEqualTo(today.plusYears(6));
		Map<String, Object> row = jdbc.queryForMap("select status, closed_at, closure_outcome, retention_review_on "
				+ "from case_file where reference = ?", reference);
		assertThat(row).containsEntry("status", "CLOSED")
			.containsEntry("closure_outcome", "NO_FURTHER_ACTION")
			.containsEntry("retention_review_on", Date.valueOf(today.plusYears(6)));
		assertThat(row.get("closed_at")).isNotNull();
		assertThat(jdbc.queryForObject("select summary from case_timeline_entry t join case_file c on c.id = t.case_id "
				+ "where c.reference = ? and t.kind = 'CASE_CLOSED'", String.class, reference))
			.isEqualTo("Case closed (NO_FURTHER_ACTION), retention review on " + today.plusYears(6));

		assertThatThrownBy(() -> closure.close(UUID.fromString(caseId(reference)), "CHARGED")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> closure.close(UUID.fromString(caseId(report(REPORT))), "closed, victim moved away"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theDueListShowsAClosedCaseOnlyOnceItsReviewDateHasCome() {
		String reference = closed(workedToTheEnd(report(REPORT), KEPT_VICTIM_NAME));
		String open = report(REPORT);

		assertThat(dueReferences("supervisor")).doesNotContain(reference, open);
		ResponseEntity<Map> early = post("supervisor", reference, "");
		assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(early.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat((String) early.getBody().get("detail")).startsWith("The case is not due for retention review");
		ResponseEntity<Map> notClosed = post("supervisor", open, "");
		assertThat(notClosed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(notClosed.getBody()).containsEntry("detail", "The case is not closed.");

		LocalDate today = LocalDate.now(UkDates.ZONE);
		reviewOn(reference, today);

		List<Map<String, Object>> due = dueList("supervisor");
		assertThat(due).filteredOn(d -> reference.equals(d.get("reference")))
			.singleElement()
			.satisfies(d -> assertThat(d).containsEntry("reviewOn", today.toString())
				.containsEntry("closedOn", today.toString())
				.containsEntry("unit", "NORTH")
				.containsEntry("purgeRequested", false)
				.containsOnlyKeys("reference", "closedOn", "reviewOn", "unit", "purgeRequested"));
		assertThat(dueReferences("admin")).contains(reference);
		assertThat(http.withBasicAuth("triage", "demo").getForEntity("/api/retention/due", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.getForEntity("/api/retention/due", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		assertThat(reviews.noteDue()).isPositive();
		reviews.noteDue();
		assertThat(jdbc.queryForObject("select count(*) from case_timeline_entry t join case_file c on c.id = t.case_id "
				+ "where c.reference = ? and t.kind = 'RETENTION_REVIEW_DUE'", Integer.class, reference))
			.as("noted once, however often the job runs")
			.isEqualTo(1);
	}

	@Test
	void aPurgeIsRequestedByASupervisorAndDecidedBySomeoneElse() {
		String reference = madeDue(closed(workedToTheEnd(report(REPORT), KEPT_VICTIM_NAME)));

		assertThat(post("supervisor", reference, "/approval").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("admin", reference, "/approval").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(post("triage", reference, "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("admin", reference, "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("supervisor", "SH-1999-999999", "").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		ResponseEntity<Map> requested = post("supervisor", reference, "");
		assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(requested.getBody()).containsEntry("reference", reference)
			.containsEntry("status", "REQUESTED")
			.containsEntry("requestedBy", "supervisor");
		assertThat(post("supervisor", reference, "").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(dueList("supervisor")).filteredOn(d -> reference.equals(d.get("reference")))
			.singleElement()
			.satisfies(d -> assertThat(d).containsEntry("purgeRequested", true));

		ResponseEntity<Map> rejected = post("admin", reference, "/rejection");
		assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rejected.getBody()).containsEntry("status", "REJECTED").containsEntry("decidedBy", "admin");
		assertThat(caseCount(reference)).isEqualTo(1);

		String both = supervisorAndAdmin();
		assertThat(post(both, reference, "").getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<Map> own = post(both, reference, "/approval");
		assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(own.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(own.getBody()).containsEntry("detail",
				"A purge must be decided by someone other than who requested it.");
		assertThat(caseCount(reference)).isEqualTo(1);

		ResponseEntity<Map> purged = post("admin", reference, "/approval");
		assertThat(purged.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(purged.getBody()).containsEntry("status", "PURGED")
			.containsEntry("requestedBy", both)
			.containsEntry("decidedBy", "admin")
			.containsKey("purgedAt");
		assertThat(caseCount(reference)).isZero();
		assertThat(post("admin", reference, "/approval").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aPurgedCaseLeavesNoTraceInTheProjectsTablesOrInCamundaHistoryOrOnDisk() throws IOException {
		HttpHeaders withKey = headers();
		withKey.set("Idempotency-Key", UUID.randomUUID().toString());
		String reference = report(PURGED_REPORT, withKey);
		String caseId = caseId(reference);
		String followOn = report("""
				{"reporterType":"ANONYMOUS","earlierReference":"%s","incidents":[{"behaviour":"CONTACT"}]}"""
			.formatted(reference));
		assertThat(jdbc.queryForObject("select earlier_case_id from case_file where reference = ?", String.class,
				followOn)).isEqualTo(caseId);
		ordersAndReferralsOf(caseId);
		documents.produce(UUID.fromString(caseId), new NotificationAcknowledgementData(reference,
				"Hertfordshire Constabulary", SUSPECT_NAME, NotificationAcknowledgementData.Reason.ORDER_SERVED,
				LocalDate.of(2026, 9, 3), null, List.of(), List.of(), null, null, true, true),
				new VictimContacts("7 Erasure Lane, SG1 1AA", "07700 900321", VICTIM_EMAIL));
		String evidenceId = evidenceOf(reference);
		Path evidenceFile = evidenceDirectory.resolve(evidenceId);
		assertThat(evidenceFile).exists();
		List<String> messageIds = partnerMessagesOf(reference, caseId);
		Set<String> engineIds = engineIdsOf(reference);
		closed(reference);
		madeDue(reference);
		assertThat(post("supervisor", reference, "").getStatusCode()).isEqualTo(HttpStatus.CREATED);

		ResponseEntity<Map> running = post("admin", reference, "/approval");
		assertThat(running.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(running.getBody()).containsEntry("detail",
				"The case still has a running process; it cannot be purged yet.");
		assertThat(caseCount(reference)).isEqualTo(1);

		workedToTheEnd(reference, VICTIM_NAME);
		engineIds.addAll(engineIdsOf(reference));
		assertThat(engineIds).as("the case and triage instances, the two triage tasks reached").hasSize(4);
		List<String> needles = new ArrayList<>(List.of(caseId, reference, VICTIM_NAME, VICTIM_EMAIL, SUSPECT_NAME,
				REPORTER_NAME, evidenceId));
		needles.addAll(engineIds);
		needles.addAll(messageIds);
		assertThat(tracesOf(reference, needles)).as("the scan finds text and binary columns before the purge")
			.contains("partner_message.case_reference: " + reference, "partner_message.message_id: " + messageIds.get(0),
					"partner_message.message_id: " + messageIds.get(1), "evidence_item.id: " + evidenceId,
					"act_hi_comment.full_msg_: " + VICTIM_NAME);
		assertThat(tracesOf(reference, needles)).as("the case's stored document").contains("case_document.case_id: " + caseId);
		assertThat(post("admin", reference, "/approval").getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(jdbc.queryForObject("select count(*) from case_document where case_id = ?", Integer.class, caseId))
			.as("the case's documents, purged with it").isZero();
		assertThat(tracesOf(reference, needles)).as("table.column: value still stored after the purge").isEmpty();
		assertThat(evidenceFile).as("the evidence file, removed once the purge committed").doesNotExist();
		try (var left = Files.list(evidenceDirectory)) {
			assertThat(left).as("nothing of the case's evidence left in the evidence folder")
				.noneMatch(file -> file.getFileName().toString().contains(evidenceId));
		}
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();

		assertThat(jdbc.queryForList("select status, requested_by, decided_by from retention_purge "
				+ "where case_reference = ? and purged_at is not null", reference))
			.singleElement()
			.isEqualTo(Map.of("status", "PURGED", "requested_by", "supervisor", "decided_by", "admin"));
		assertThat(jdbc.queryForList("select actor, field_names, purpose from audit_entry "
				+ "where case_reference = ? and action = 'ERASE'", reference))
			.singleElement()
			.isEqualTo(Map.of("actor", "admin", "purpose", "retention purge", "field_names",
					"reporter,suspect,victim,incidents,impact,screening,timeline,processHistory"));
		assertThat(audit.verify()).extracting(ChainVerification::intact).isEqualTo(true);
		assertThat(jdbc.queryForObject("select earlier_case_id from case_file where reference = ?", String.class,
				followOn)).as("the later case stays, without its link").isNull();
	}

	/**
	 * Every text or binary column of every table in the schema (the project's and the engine's) holding one of the
	 * values, as "table.column: value". The reference alone stays where it must: in the audit log and the purge
	 * record, which hold no personal data.
	 */
	private List<String> tracesOf(String reference, List<String> needles) {
		Set<String> keepTheReference = Set.of("audit_entry.case_reference", "retention_purge.case_reference");
		return SchemaTraces.of(jdbc, needles)
			.stream()
			.filter(trace -> !(trace.needle().equals(reference) && trace.stored().equals(reference)
					&& keepTheReference.contains(trace.where())))
			.map(SchemaTraces.Trace::toString)
			.toList();
	}

	/** The ids the engine keeps of a case: its process instances and their tasks. */
	private Set<String> engineIdsOf(String reference) {
		Set<String> ids = new LinkedHashSet<>();
		for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()) {
			ids.add(instance.getId());
			history.createHistoricTaskInstanceQuery()
				.processInstanceId(instance.getId())
				.list()
				.stream()
				.map(HistoricTaskInstance::getId)
				.forEach(ids::add);
		}
		return ids;
	}

	/** An interim order with a term and a referral: rows of V7 that go with the case by cascade. */
	private void ordersAndReferralsOf(String caseId) {
		String orderId = UUID.randomUUID().toString();
		jdbc.update("insert into protective_order (id, case_id, kind, status, granted_on, until_further_order, version) "
				+ "values (?, ?, 'INTERIM', 'GRANTED', ?, false, 0)", orderId, caseId, Date.valueOf(LocalDate.now()));
		jdbc.update("insert into order_term (id, order_id, position, kind, wording, necessity) "
				+ "values (?, ?, 0, 'PROHIBITION', ?, 'protects the victim')", UUID.randomUUID().toString(), orderId,
				"Not to contact " + VICTIM_NAME);
		jdbc.update("insert into referral (id, case_id, partner, purpose, legal_basis, status, created_at, updated_at, "
				+ "version) values (?, ?, 'ADVOCACY', 'support', 'CONSENT', 'QUEUED', current_timestamp, "
				+ "current_timestamp, 0)", UUID.randomUUID().toString(), caseId);
	}

	/** An evidence file uploaded by the case's investigator; its item's id, which names the file on disk. */
	private String evidenceOf(String reference) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(("%PDF-1.7\n% statement of " + VICTIM_NAME + "\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII)) {
			@Override
			public String getFilename() {
				return VICTIM_NAME + ".pdf";
			}
		});
		parts.add("kind", "STATEMENT");
		parts.add("description", "Statement of " + VICTIM_NAME);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<Map> uploaded = http.withBasicAuth("investigator", "demo")
			.postForEntity("/api/cases/" + reference + "/evidence", new HttpEntity<>(parts, headers), Map.class);
		assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) uploaded.getBody().get("id");
	}

	/**
	 * Messages partners sent about the case: an accepted answer to a referral (sent twice: the repeat is a duplicate)
	 * and a court outcome the case was not waiting for, refused and kept. Their message ids.
	 */
	private List<String> partnerMessagesOf(String reference, String caseId) {
		String referralId = UUID.randomUUID().toString();
		jdbc.update("insert into referral (id, case_id, partner, purpose, legal_basis, status, created_at, updated_at, "
				+ "version) values (?, ?, 'ADVOCACY', 'support', 'CONSENT', 'SENT', current_timestamp, "
				+ "current_timestamp, 0)", referralId, caseId);
		String answerId = "adv-" + UUID.randomUUID();
		Map<String, Object> answer = Map.of("messageId", answerId, "caseReference", reference, "type",
				"PartnerReferralAnswered", "body", Map.of("referralId", referralId, "note", "spoke to " + VICTIM_NAME));
		assertThat(partner("advocacy", answer).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(partner("advocacy", answer).getBody()).containsEntry("status", "DUPLICATE");
		String outcomeId = "court-" + UUID.randomUUID();
		assertThat(partner("court", Map.of("messageId", outcomeId, "caseReference", reference, "type",
				"CourtOutcomeReceived", "body", Map.of("courtOutcome", "REFUSED"))).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(jdbc.queryForList("select status from partner_message where case_reference = ? order by status",
				String.class, reference)).containsExactly("ACCEPTED", "REFUSED");
		return List.of(answerId, outcomeId);
	}

	private ResponseEntity<Map> partner(String partner, Map<String, Object> message) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.withBasicAuth(partner, "demo")
			.postForEntity("/api/partners/" + partner + "/messages", new HttpEntity<>(message, headers), Map.class);
	}

	/**
	 * Works the case's processes to their end as officers would: a note on the triage task, a form submitted through
	 * engine REST (both write the engine's history and its user operation log; both name the victim, as free text
	 * may), which ends triage and the case process.
	 */
	private String workedToTheEnd(String reference, String victimName) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
		identity.setAuthenticatedUserId("triage");
		try {
			tasks.createComment(task.getId(), task.getProcessInstanceId(), "Spoke to " + victimName);
		}
		finally {
			identity.clearAuthentication();
		}
		ResponseEntity<Map> done = http.withBasicAuth("triage", "demo")
			.exchange("/engine-rest/task/" + task.getId() + "/submit-form", HttpMethod.POST,
					new HttpEntity<>(Map.of("variables", Map.of("detailsConfirmed", Map.of("value", true),
							"safeContactMethod", Map.of("value", "EMAIL"), "triageNote",
							Map.of("value", "Called " + victimName)))),
					Map.class);
		assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		// the rest of the lifecycle is not this test's subject: the case process is ended where it stands
		runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey("stalkingCase")
			.list()
			.forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "case worked to its end"));
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
		return reference;
	}

	private String closed(String reference) {
		closure.close(UUID.fromString(caseId(reference)), "NO_FURTHER_ACTION");
		return reference;
	}

	private String madeDue(String reference) {
		reviewOn(reference, LocalDate.now(UkDates.ZONE).minusDays(1));
		return reference;
	}

	private void reviewOn(String reference, LocalDate date) {
		jdbc.update("update case_file set retention_review_on = ? where reference = ?", Date.valueOf(date), reference);
	}

	/** A user both supervisor and administrator (of the north unit), who must still not decide their own request. */
	private String supervisorAndAdmin() {
		String id = "supervising-admin";
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setPassword("demo");
			identity.saveUser(user);
			for (String group : List.of("supervisors", "admins", "unit-north")) {
				identity.createMembership(id, group);
			}
		}
		return id;
	}

	private ResponseEntity<Map> post(String user, String reference, String decision) {
		return http.withBasicAuth(user, "demo")
			.postForEntity("/api/retention/" + reference + "/purge-requests" + decision, null, Map.class);
	}

	private List<Map<String, Object>> dueList(String user) {
		ResponseEntity<List> due = http.withBasicAuth(user, "demo").getForEntity("/api/retention/due", List.class);
		assertThat(due.getStatusCode()).isEqualTo(HttpStatus.OK);
		return due.getBody();
	}

	private List<Object> dueReferences(String user) {
		return dueList(user).stream().map(d -> d.get("reference")).toList();
	}

	private String report(String json) {
		return report(json, headers());
	}

	private String report(String json, HttpHeaders headers) {
		ResponseEntity<Map> created = http.postForEntity("/api/reports", new HttpEntity<>(json, headers), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("reference");
	}

	private static HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		// an address of this class's own, so that its reports do not use up other tests' rate limit
		headers.set("X-Forwarded-For", "203.0.113.120");
		return headers;
	}

	private String caseId(String reference) {
		return jdbc.queryForObject("select id from case_file where reference = ?", String.class, reference);
	}

	private int caseCount(String reference) {
		return jdbc.queryForObject("select count(*) from case_file where reference = ?", Integer.class, reference);
	}

}
