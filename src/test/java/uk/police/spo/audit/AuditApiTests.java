package uk.police.spo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestTemplate;

import uk.police.spo.support.MySqlCompatibleTest;

/**
 * The audit log with the whole application on the MySQL-compatible server: what reports and case summaries write,
 * who may read the log, tampering, and concurrent appends. Shares its context and schema with the other
 * integration tests, so every assertion is about rows this class made, and a tampered row is always put back.
 */
class AuditApiTests extends MySqlCompatibleTest {

	static final List<String> SUBMITTED_VALUES = List.of("Robin Auditvictim", "1984-02-29", "12 Hashchain Road",
			"07700 900456", "robin@example.org", "evenings only", "Kit Auditreporter", "07700 900789",
			"kit@example.org", "neighbour", "Lee Auditsuspect", "tall, red coat", "99 Other Street", "@lee_watches",
			"Market Square", "stood outside the house", "cannot sleep");

	static final String REPORT = """
			{"reporterType":"THIRD_PARTY","immediateDanger":false,
			 "victim":{"name":"Robin Auditvictim","dateOfBirth":"1984-02-29","address":"12 Hashchain Road",
			           "phone":"07700 900456","email":"robin@example.org",
			           "safeContact":{"method":"EMAIL","safeTimes":"evenings only"}},
			 "reporter":{"name":"Kit Auditreporter","phone":"07700 900789","email":"kit@example.org",
			             "relationshipToVictim":"neighbour"},
			 "suspect":{"name":"Lee Auditsuspect","description":"tall, red coat","address":"99 Other Street",
			            "onlineAccounts":["@lee_watches"]},
			 "relationship":"ACQUAINTANCE",
			 "incidents":[{"occurredOn":"2026-10-01","behaviour":"WATCHING","location":"Market Square",
			               "description":"stood outside the house"},
			              {"behaviour":"CONTACT"}],
			 "impact":"cannot sleep",
			 "screening":{"veryFrightened":true,"followed":false}}
			""";

	static final String COLLECTED = "immediateDanger,victim.name,victim.dateOfBirth,victim.address,victim.phone,"
			+ "victim.email,victim.safeContact.method,victim.safeContact.safeTimes,reporter.name,reporter.phone,"
			+ "reporter.email,reporter.relationshipToVictim,suspect.name,suspect.description,suspect.address,"
			+ "suspect.onlineAccounts,relationship,incidents.occurredOn,incidents.behaviour,incidents.location,"
			+ "incidents.description,impact,screening.veryFrightened,screening.followed";

	/** What registration matches earlier cases on. */
	static final String LINKED_ON = "victim.name,victim.dateOfBirth,suspect.name";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repository;

	@Autowired
	AuditTrail audit;

	@Autowired
	PlatformTransactionManager transactions;

	@LocalServerPort
	int port;

	@Test
	void aReportWritesACollectEntryWithFieldNamesAndNoValues() {
		String reference = report();

		List<Map<String, Object>> rows = rows(reference);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("actor", "public")
			.containsEntry("action", "COLLECT")
			.containsEntry("case_reference", reference)
			.containsEntry("field_names", COLLECTED)
			.containsEntry("purpose", "report intake");
		// registration matched the victim and the suspect against earlier cases: the system read them, at the commit
		assertThat(rows.get(1)).containsEntry("actor", "system")
			.containsEntry("action", "CONSULT")
			.containsEntry("field_names", LINKED_ON)
			.containsEntry("purpose", "linking earlier cases");
		assertNoSubmittedValueIn(jdbc.queryForList("select * from audit_entry").toString());
	}

	@Test
	void aLoggedInPortalUserIsTheActorOfTheirReport() {
		ResponseEntity<Map> created = http.withBasicAuth("triage", "demo")
			.postForEntity("/api/reports", new HttpEntity<>("""
					{"reporterType":"ANONYMOUS","incidents":[{"behaviour":"OTHER"}]}""", headers()), Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = (String) created.getBody().get("reference");

		assertThat(rows(reference)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("actor", "triage")
				.containsEntry("field_names", "incidents.behaviour"));
	}

	@Test
	void aCaseSummaryWritesAConsultEntryForTheSupervisor() {
		String reference = report();

		assertThat(http.withBasicAuth("supervisor", "demo").getForEntity("/api/cases/" + reference, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		List<Map<String, Object>> rows = rows(reference);
		assertThat(rows).extracting(r -> r.get("action")).containsExactly("COLLECT", "CONSULT", "CONSULT");
		assertThat(rows.get(2)).containsEntry("actor", "supervisor")
			.containsEntry("field_names", "reporterType,relationship,immediateDanger,timeline.actor")
			.containsEntry("purpose", "case summary");

		long before = entries();
		assertThat(http.withBasicAuth("supervisor", "demo").getForEntity("/api/cases/SH-1999-999999", Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(entries()).as("nothing was consulted").isEqualTo(before);
	}

	@Test
	void supervisorsAndAdminsSearchTheLogNewestFirstAndTheSearchIsRecorded() {
		String reference = report();
		http.withBasicAuth("supervisor", "demo").getForEntity("/api/cases/" + reference, Map.class);

		ResponseEntity<Map> found = http.withBasicAuth("supervisor", "demo")
			.getForEntity("/api/audit?case=" + reference, Map.class);

		assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(found.getBody()).containsEntry("page", 0).containsEntry("size", 50).containsEntry("totalEntries", 3)
			.containsEntry("totalPages", 1);
		List<Map<String, Object>> entries = entriesOf(found);
		assertThat(entries).extracting(e -> e.get("action")).containsExactly("CONSULT", "CONSULT", "COLLECT");
		assertThat(entries).extracting(e -> e.get("actor")).containsExactly("supervisor", "system", "public");
		assertThat(entries.get(2)).containsEntry("caseReference", reference)
			.containsEntry("purpose", "report intake")
			.containsKeys("sequence", "occurredAt", "previousHash", "entryHash");
		assertThat((List<String>) entries.get(2).get("fields")).containsExactly(COLLECTED.split(","));
		assertNoSubmittedValueIn(found.getBody().toString());

		Map<String, Object> search = jdbc.queryForMap("select * from audit_entry order by seq_no desc limit 1");
		assertThat(search).containsEntry("actor", "supervisor")
			.containsEntry("action", "CONSULT")
			.containsEntry("purpose", "audit search")
			.containsEntry("field_names", "audit.actor,audit.caseReference");
		assertThat(search.get("case_reference")).isNull();

		ResponseEntity<Map> asAdmin = http.withBasicAuth("admin", "demo")
			.getForEntity("/api/audit?case=" + reference + "&user=supervisor", Map.class);
		assertThat(asAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(entriesOf(asAdmin)).extracting(e -> e.get("purpose")).containsExactly("case summary");
		assertThat(jdbc.queryForObject("select actor from audit_entry order by seq_no desc limit 1", String.class))
			.isEqualTo("admin");
	}

	@Test
	void theLogIsPagedAndFilteredByTime() {
		String reference = report();
		http.withBasicAuth("supervisor", "demo").getForEntity("/api/cases/" + reference, Map.class);
		String base = "/api/audit?case=" + reference;

		Map page0 = http.withBasicAuth("supervisor", "demo").getForObject(base + "&size=1", Map.class);
		Map page2 = http.withBasicAuth("supervisor", "demo").getForObject(base + "&size=1&page=2", Map.class);
		assertThat(page0).containsEntry("totalEntries", 3).containsEntry("totalPages", 3);
		assertThat(entriesOf(page0)).extracting(e -> e.get("action")).containsExactly("CONSULT");
		assertThat(entriesOf(page2)).extracting(e -> e.get("action")).containsExactly("COLLECT");
		assertThat(http.withBasicAuth("supervisor", "demo").getForObject(base + "&size=1000", Map.class))
			.containsEntry("size", 100);

		LocalDate today = jdbc.queryForObject("select occurred_at from audit_entry where case_reference = ? and "
				+ "action = 'COLLECT'", LocalDateTime.class, reference).toLocalDate();
		assertThat(http.withBasicAuth("supervisor", "demo")
			.getForObject(base + "&from=" + today + "&to=" + today, Map.class)).containsEntry("totalEntries", 3);
		assertThat(http.withBasicAuth("supervisor", "demo").getForObject(base + "&from=" + today.plusDays(1),
				Map.class)).containsEntry("totalEntries", 0);
		assertThat(http.withBasicAuth("supervisor", "demo").getForObject(base + "&to=" + today.minusDays(1),
				Map.class)).containsEntry("totalEntries", 0);

		ResponseEntity<Map> bad = http.withBasicAuth("supervisor", "demo")
			.getForEntity("/api/audit?from=yesterday&page=-1", Map.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat((List<Map<String, String>>) bad.getBody().get("errors")).extracting(e -> e.get("field"))
			.containsExactly("from", "page");
	}

	@Test
	void aSupervisorSeesTheEntriesOfTheirOwnUnitsCasesOnly() {
		String south = (String) post(REPORT.replace("12 Hashchain Road", "12 Hashchain Road, St Albans AL1 3AA"))
			.getBody()
			.get("reference");
		http.withBasicAuth("investigator-south", "demo").getForEntity("/api/cases/" + south, Map.class);

		Map asNorthSupervisor = http.withBasicAuth("supervisor", "demo")
			.getForObject("/api/audit?case=" + south, Map.class);
		Map everyEntryOfNorth = http.withBasicAuth("supervisor", "demo")
			.getForObject("/api/audit?user=investigator-south&size=100", Map.class);
		Map asAdmin = http.withBasicAuth("admin", "demo").getForObject("/api/audit?case=" + south, Map.class);

		assertThat(asNorthSupervisor).containsEntry("totalEntries", 0);
		assertThat(entriesOf(everyEntryOfNorth)).extracting(e -> e.get("caseReference"))
			.doesNotContain(south)
			.doesNotContainNull();
		assertThat(asAdmin).containsEntry("totalEntries", 3);
		assertThat(entriesOf(http.withBasicAuth("supervisor", "demo").getForObject("/api/audit?size=100", Map.class)))
			.as("entries of no case, such as audit searches, are the administrators'")
			.extracting(e -> e.get("caseReference"))
			.doesNotContainNull();
	}

	@Test
	void onlySupervisorsAndAdminsMayReadTheLog() {
		for (String path : List.of("/api/audit", "/api/audit?case=SH-2026-000001", "/api/audit/verification")) {
			assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path)
				.isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(http.withBasicAuth("triage", "demo").getForEntity(path, String.class).getStatusCode())
				.as(path).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(http.withBasicAuth("court", "demo").getForEntity(path, String.class).getStatusCode())
				.as(path).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(http.withBasicAuth("admin", "demo").getForEntity(path, String.class).getStatusCode())
				.as(path).isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	void aChangedRowIsReportedByTheVerificationEndpoint() {
		String reference = report();
		long sequence = jdbc.queryForObject("select seq_no from audit_entry where case_reference = ? "
				+ "and action = 'COLLECT'", Long.class, reference);
		assertThat(verification()).containsEntry("intact", true).containsEntry("entries", (int) entries());

		jdbc.update("update audit_entry set purpose = 'curiosity' where seq_no = ?", sequence);
		try {
			Map<String, Object> result = verification();
			assertThat(result).containsEntry("intact", false)
				.containsEntry("firstBrokenSequence", (int) sequence)
				.doesNotContainKey("entries");
		}
		finally {
			jdbc.update("update audit_entry set purpose = 'report intake' where seq_no = ?", sequence);
		}
		assertThat(verification()).containsEntry("intact", true);
	}

	@Test
	void aReportThatFailsLeavesNoAuditEntryAndNoGap() {
		long before = entries();
		Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head");
		repository.suspendProcessDefinitionByKey("stalkingCase");
		try {
			// without TestRestTemplate's client, which would wait out the 503's Retry-After and try again
			RestTemplate once = new RestTemplate(new SimpleClientHttpRequestFactory());
			assertThatThrownBy(() -> once.postForEntity("http://localhost:" + port + "/api/reports",
					new HttpEntity<>(REPORT, headers()), Map.class))
				.isInstanceOf(HttpServerErrorException.class);
		}
		finally {
			repository.activateProcessDefinitionByKey("stalkingCase");
		}
		assertThat(entries()).isEqualTo(before);
		assertThat(jdbc.queryForMap("select last_seq, last_hash from audit_chain_head")).isEqualTo(head);

		// an entry already appended rolls back with the business change that fails after it
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			audit.record(AuditAction.ALTER, "SH-2026-000001", List.of("victim.phone"), "rolled back");
			tx.setRollbackOnly();
		});
		assertThat(entries()).isEqualTo(before);
		assertThat(jdbc.queryForMap("select last_seq, last_hash from audit_chain_head")).isEqualTo(head);
	}

	@Test
	void concurrentReportsAndConsultationsLeaveAGapFreeIntactChain() throws Exception {
		String consulted = report();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<ResponseEntity<Map>>> posts = new ArrayList<>();
			List<Future<ResponseEntity<Map>>> reads = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				posts.add(pool.submit(() -> {
					start.await();
					return post(REPORT);
				}));
				reads.add(pool.submit(() -> {
					start.await();
					return http.withBasicAuth("supervisor", "demo").getForEntity("/api/cases/" + consulted, Map.class);
				}));
			}
			start.countDown();
			List<String> references = new ArrayList<>();
			for (Future<ResponseEntity<Map>> post : posts) {
				ResponseEntity<Map> created = post.get(2, TimeUnit.MINUTES);
				assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
				references.add((String) created.getBody().get("reference"));
			}
			for (Future<ResponseEntity<Map>> read : reads) {
				assertThat(read.get(2, TimeUnit.MINUTES).getStatusCode()).isEqualTo(HttpStatus.OK);
			}

			// the same victim and suspect each time: every report is matched against the ones committed before it
			assertThat(references).doesNotHaveDuplicates().allSatisfy(reference -> assertThat(rows(reference))
				.extracting(r -> r.get("action") + " " + r.get("purpose"))
				.startsWith("COLLECT report intake", "CONSULT linking earlier cases")
				.containsOnlyOnce("COLLECT report intake")
				.allMatch(row -> row.equals("COLLECT report intake") || row.equals("CONSULT linking earlier cases")));
			assertThat(rows(consulted)).extracting(r -> r.get("action") + " " + r.get("purpose"))
				.filteredOn(row -> !row.equals("CONSULT linking earlier cases"))
				.containsOnly("COLLECT report intake", "CONSULT case summary")
				.hasSize(9);
		}
		finally {
			pool.shutdownNow();
		}
		List<Long> sequences = jdbc.queryForList("select seq_no from audit_entry order by seq_no", Long.class);
		assertThat(sequences).isEqualTo(LongStream.rangeClosed(1, sequences.size()).boxed().toList());
		assertThat(jdbc.queryForObject("select last_seq from audit_chain_head", Long.class))
			.isEqualTo(sequences.size());
		assertThat(audit.verify()).isEqualTo(ChainVerification.intact(sequences.size()));
		assertThat(verification()).containsEntry("intact", true).containsEntry("entries", sequences.size());
	}

	private String report() {
		ResponseEntity<Map> created = post(REPORT);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return (String) created.getBody().get("reference");
	}

	private ResponseEntity<Map> post(String json) {
		return http.postForEntity("/api/reports", new HttpEntity<>(json, headers()), Map.class);
	}

	private static HttpHeaders headers() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		// an address of this class's own, so that its reports do not use up other tests' rate limit
		headers.set("X-Forwarded-For", "203.0.113.90");
		return headers;
	}

	/** The case's audit rows, oldest first, with lower-case column names. */
	private List<Map<String, Object>> rows(String reference) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : jdbc.queryForList(
				"select * from audit_entry where case_reference = ? order by seq_no", reference)) {
			Map<String, Object> lower = new HashMap<>();
			row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
			rows.add(lower);
		}
		return rows;
	}

	private long entries() {
		return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
	}

	private Map<String, Object> verification() {
		ResponseEntity<Map> verified = http.withBasicAuth("supervisor", "demo")
			.getForEntity("/api/audit/verification", Map.class);
		assertThat(verified.getStatusCode()).isEqualTo(HttpStatus.OK);
		return verified.getBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> entriesOf(ResponseEntity<Map> response) {
		return entriesOf(response.getBody());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> entriesOf(Map body) {
		return (List<Map<String, Object>>) body.get("entries");
	}

	private static void assertNoSubmittedValueIn(String text) {
		for (String value : SUBMITTED_VALUES) {
			assertThat(text).as("a submitted value").doesNotContainIgnoringCase(value);
		}
	}

}
