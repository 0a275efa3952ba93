package uk.police.spo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/**
 * The case page, /cases/{reference}, over HTTP on the MySQL-compatible server: every role of the case's unit opens it
 * and sees what its role may (the victim's safe-contact detail only for those who contact the victim, each view of it
 * audited as CONSULT; witnesses and evidence for the investigation); another unit's officer and an unknown reference
 * get the same 404 and nothing is audited; partners are refused; the evidence form needs the page's CSRF token,
 * refuses an incomplete upload at its fields and logs a complete one; every task carries its case page's address.
 */
class CasePageTests extends MySqlCompatibleTest {

	static final String REPORT = """
			{"reporterType":"VICTIM","immediateDanger":false,
			 "victim":{"name":"Robin Example","address":"2 Test Lane, Hitchin SG5 1AA","phone":"07700900777",
			           "email":"robin@example.org",
			           "safeContact":{"method":"PHONE","safeTimes":"evenings after 7","voicemailSafe":false}},
			 "suspect":{"name":"Casey Suspect","description":"tall, grey coat","onlineAccounts":["@casey"]},
			 "relationship":"EX_PARTNER",
			 "incidents":[{"occurredOn":"2026-10-01","behaviour":"FOLLOWING","location":"Bancroft","description":"followed me home"}],
			 "consentToPartnerReferral":true}
			""";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	String reference;

	@BeforeEach
	void reportACase() {
		reference = (String) http.postForEntity("/api/reports", TestCases.json(REPORT), Map.class)
			.getBody()
			.get("reference");
	}

	@Test
	void aTriageOfficerOfTheUnitSeesTheReportAndTheSafeContactDetailAndBothViewsAreAudited() {
		ResponseEntity<String> page = http.withBasicAuth("triage", "demo").getForEntity("/cases/" + reference,
				String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(page.getBody()).contains("Case " + reference, "followed me home", "Bancroft", "Following",
				"Casey Suspect", "tall, grey coat", "Ex partner", "Confirm details and safe contact",
				"/camunda/app/tasklist/default/#/?task=", "Safe-contact arrangement", "07700900777",
				"evenings after 7")
			.doesNotContain("robin@example.org", "Audit trail", "Log an item of evidence", "<script");
		assertThat(audited(reference, "triage", "case page")).isEqualTo(1);
		assertThat(audited(reference, "triage", "case page safe contact")).isEqualTo(1);
	}

	/** Each assessment shows how the risk checklist's stalking question was answered (yes, no or not known). */
	@Test
	void theRiskAssessmentsShowTheStalkingQuestionAsAnswered() {
		String caseId = jdbc.queryForObject("select id from case_file where reference = ?", String.class, reference);
		jdbc.update("insert into risk_assessment (id, case_id, context, yes_answers, stalking_question, screening_yes, "
				+ "victim_very_frightened, threats_of_violence, professional_judgement_high, incident_count, "
				+ "breach_of_order, risk_level, marac_referral, consider_spo, urgent_safeguarding, assessed_by, "
				+ "assessed_at) values (?, ?, 'TRIAGE', 3, 'NOT_KNOWN', 2, false, false, false, 1, false, 'MEDIUM', "
				+ "false, false, false, 'triage', current_timestamp)", UUID.randomUUID().toString(), caseId);

		String page = http.withBasicAuth("triage", "demo").getForObject("/cases/" + reference, String.class);

		assertThat(page).contains("Constantly texting, calling, following or harassing (DASH)");
		Matcher row = Pattern.compile("<td>Triage</td><td>Medium</td><td>3</td><td>([^<]*)</td>").matcher(page);
		assertThat(row.find()).as("the assessment's row").isTrue();
		assertThat(row.group(1)).isEqualTo("Not known");
	}

	@Test
	void everyRoleOfTheUnitAndTheAdministratorOpenTheSamePage() {
		for (String user : List.of("triage", "investigator", "legal", "offender", "supervisor", "admin")) {
			ResponseEntity<String> page = http.withBasicAuth(user, "demo").getForEntity("/cases/" + reference,
					String.class);
			assertThat(page.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
			assertThat(page.getBody()).as(user).contains("<h1>Case " + reference + "</h1>", "followed me home");
		}
	}

	@Test
	void aLegalAdviserSeesTheCaseButNeitherTheSafeContactDetailNorTheInvestigation() {
		ResponseEntity<String> page = http.withBasicAuth("legal", "demo").getForEntity("/cases/" + reference,
				String.class);

		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("Case " + reference, "followed me home", "Agreed method", "Phone",
				"shown to triage officers, investigators, offender managers and supervisors",
				"Witnesses and evidence are shown to investigators and supervisors")
			.doesNotContain("07700900777", "evenings after 7", "Log an item of evidence");
		assertThat(audited(reference, "legal", "case page")).isEqualTo(1);
		assertThat(audited(reference, "legal", "case page safe contact")).isZero();
	}

	@Test
	void anotherUnitsOfficerAndAnUnknownCaseGetTheSameNotFoundAndNothingIsAudited() {
		ResponseEntity<String> south = http.withBasicAuth("triage-south", "demo").getForEntity("/cases/" + reference,
				String.class);
		ResponseEntity<String> unknown = http.withBasicAuth("triage-south", "demo")
			.getForEntity("/cases/SH-1999-000001", String.class);

		assertThat(south.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(south.getBody()).isEqualTo(unknown.getBody()).contains("No such case");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_reference = ? and actor = ?",
				Integer.class, reference, "triage-south")).isZero();
	}

	@Test
	void partnersAreRefusedAndTheDashboardsOldAddressMovedHere() {
		assertThat(http.withBasicAuth("court", "demo").getForEntity("/cases/" + reference, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.getForEntity("/cases/" + reference, String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		ResponseEntity<String> old = http.withBasicAuth("supervisor", "demo")
			.getForEntity("/dashboard/cases/" + reference, String.class);
		assertThat(old.getStatusCode()).isEqualTo(HttpStatus.MOVED_PERMANENTLY);
		assertThat(old.getHeaders().getLocation()).hasToString("/cases/" + reference);
	}

	@Test
	void everyTaskCarriesItsCasePagesAddressForTheFormsLink() {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();

		assertThat(tasks.getVariableLocal(task.getId(), "casePage")).isEqualTo("/cases/" + reference);
	}

	@Test
	void anInvestigatorLogsEvidenceThroughThePagesFormWithItsCsrfToken() {
		ResponseEntity<String> page = http.withBasicAuth("investigator", "demo").getForEntity("/cases/" + reference,
				String.class);
		assertThat(page.getBody()).contains("Log an item of evidence", "Evidence log");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
		assertThat(token.find()).as("the form carries a CSRF token").isTrue();
		String session = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];

		ResponseEntity<String> forged = upload(null, session, "STATEMENT", "Statement of a neighbour");
		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		ResponseEntity<String> incomplete = upload(token.group(1), session, "", " ");
		assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(incomplete.getBody()).contains("There is a problem", "Choose the kind of evidence.",
				"Say what the item is, in 1 to 2,000 characters.", "aria-invalid=\"true\"");
		assertThat(evidenceRows()).isZero();

		// the same token again, as after a refusal a browser could still send the first page's form
		ResponseEntity<String> logged = upload(token.group(1), session, "STATEMENT", "Statement of a neighbour");
		assertThat(logged.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
		assertThat(logged.getHeaders().getLocation()).hasToString("/cases/" + reference + "?logged=evidence#log-evidence");
		assertThat(evidenceRows()).isEqualTo(1);
		assertThat(http.withBasicAuth("investigator", "demo")
			.getForEntity("/cases/" + reference + "?logged=evidence", String.class)
			.getBody()).contains("The item is logged", "Statement of a neighbour", "Statement");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_reference = ? and actor = ? "
				+ "and action = 'COLLECT' and purpose = 'evidence upload'", Integer.class, reference, "investigator"))
			.isEqualTo(1);
	}

	private ResponseEntity<String> upload(String csrf, String session, String kind, String description) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource("A plain text statement.\n".getBytes()) {
			@Override
			public String getFilename() {
				return "statement.txt";
			}
		});
		form.add("kind", kind);
		form.add("description", description);
		if (csrf != null) {
			form.add("_csrf", csrf);
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.add(HttpHeaders.COOKIE, session);
		return http.withBasicAuth("investigator", "demo")
			.postForEntity("/cases/" + reference + "/evidence", new HttpEntity<>(form, headers), String.class);
	}

	private int evidenceRows() {
		return jdbc.queryForObject("select count(*) from evidence_item e join case_file c on c.id = e.case_id "
				+ "where c.reference = ?", Integer.class, reference);
	}

	private int audited(String caseReference, String actor, String purpose) {
		return jdbc.queryForObject("select count(*) from audit_entry where case_reference = ? and actor = ? "
				+ "and action = 'CONSULT' and purpose = ?", Integer.class, caseReference, actor, purpose);
	}

}
