package uk.police.spo.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.MySqlCompatibleTest;

/** Messages from officers and partners: refused with a clear 4xx whenever the case cannot take them. */
class CaseMessageApiTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMessageTheCaseIsNotWaitingForIsRefusedWith409AndChangesNothing() {
		String reference = report("SG1 1AA");
		int timeline = timelineCount(reference);

		ResponseEntity<Map> answer = officer("investigator", reference, "CourtOutcomeReceived",
				Map.of("courtOutcome", "FULL_GRANTED", "untilFurtherOrder", true));

		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat((String) answer.getBody().get("detail")).contains(reference)
			.contains("is not waiting for CourtOutcomeReceived");
		assertThat(timelineCount(reference)).isEqualTo(timeline);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(2);
	}

	@Test
	void anUnknownMessageOrAMalformedPayloadIsRefusedWith400NamingTheField() {
		String reference = report("SG1 1AA");

		ResponseEntity<Map> unknown = officer("investigator", reference, "CaseSolved", Map.of());
		ResponseEntity<Map> nested = officer("investigator", reference, "OrderServed",
				Map.of("servedAt", Map.of("date", "2026-01-01")));

		assertThat(unknown.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(unknown)).contains("messageName");
		assertThat(nested.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(nested)).contains("servedAt");
	}

	@Test
	void aCaseOfAnotherUnitOrNoCaseAtAllIs404AndAWrongRoleIs403() {
		String south = report("AL1 1AA");
		String north = report("SG1 1AA");

		assertThat(officer("investigator", south, "BreachReported", Map.of()).getStatusCode().value()).isEqualTo(404);
		assertThat(officer("investigator", "SH-2026-999999", "BreachReported", Map.of()).getStatusCode().value())
			.isEqualTo(404);
		assertThat(officer("legal", north, "OrderServed", Map.of()).getStatusCode().value()).isEqualTo(403);
		assertThat(http.withBasicAuth("court", "demo")
			.postForEntity("/api/cases/" + north + "/messages/CourtOutcomeReceived", json(Map.of()), Map.class)
			.getStatusCode()
			.value()).isEqualTo(403);
	}

	@Test
	void aPartnerMessageInTheWrongStateIsRefusedKeptForSupervisorsAndARepeatIsIgnored() {
		String reference = report("SG1 1AA");
		Map<String, Object> message = Map.of("messageId", "court-msg-1", "caseReference", reference, "type",
				"CourtOutcomeReceived", "body", Map.of("courtOutcome", "REFUSED"));

		ResponseEntity<Map> first = partner("court", "court", message);
		ResponseEntity<Map> repeat = partner("court", "court", message);

		assertThat(first.getStatusCode().value()).isEqualTo(409);
		assertThat(repeat.getStatusCode().value()).isEqualTo(200);
		assertThat(repeat.getBody()).containsEntry("status", "DUPLICATE");
		List<Map<String, Object>> refused = http.withBasicAuth("supervisor", "demo")
			.getForObject("/api/partner-messages/refused", List.class);
		assertThat(refused).anySatisfy(m -> {
			assertThat(m).containsEntry("messageId", "court-msg-1").containsEntry("caseReference", reference);
			assertThat((String) m.get("reason")).contains("is not waiting for CourtOutcomeReceived");
		});
		assertThat(jdbc.queryForObject("select body from partner_message where message_id = 'court-msg-1'", String.class))
			.doesNotContain("REFUSED");
	}

	@Test
	void aPartnerReachesOnlyItsOwnEndpointAndOnlyItsOwnKindsOfMessage() {
		String reference = report("SG1 1AA");
		Map<String, Object> breach = Map.of("messageId", "adv-1", "caseReference", reference, "type", "BreachReported",
				"body", Map.of());
		Map<String, Object> outcome = Map.of("messageId", "hou-1", "caseReference", reference, "type",
				"CourtOutcomeReceived", "body", Map.of("courtOutcome", "REFUSED"));

		assertThat(partner("housing", "court", breach).getStatusCode().value()).isEqualTo(403);
		assertThat(partner("court", "advocacy", breach).getStatusCode().value()).isEqualTo(403);
		ResponseEntity<Map> notHousings = partner("housing", "housing", outcome);
		assertThat(notHousings.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(notHousings)).contains("type");
		assertThat(http.withBasicAuth("housing", "demo").getForEntity("/api/partner-messages/refused", String.class)
			.getStatusCode()
			.value()).isEqualTo(403);
	}

	@Test
	void aPartnerAnswerToAReferralThatIsNotTheirsIsRefused() {
		String reference = report("SG1 1AA");
		Map<String, Object> answer = Map.of("messageId", "hou-2", "caseReference", reference, "type",
				"PartnerReferralAnswered", "body", Map.of("referralId", "00000000-0000-0000-0000-000000000000"));

		ResponseEntity<Map> refused = partner("housing", "housing", answer);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(refused)).contains("body.referralId");
	}

	@Test
	void aPartnerMessageWithoutIdOrReferenceIsInvalid() {
		ResponseEntity<Map> answer = partner("court", "court",
				Map.of("messageId", "", "caseReference", "not-a-reference", "type", "CourtHearingListed", "body", Map.of()));

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(answer)).contains("messageId", "caseReference");
	}

	private ResponseEntity<Map> officer(String user, String reference, String message, Map<String, Object> variables) {
		return http.withBasicAuth(user, "demo")
			.postForEntity("/api/cases/" + reference + "/messages/" + message, json(variables), Map.class);
	}

	private ResponseEntity<Map> partner(String user, String partner, Map<String, Object> message) {
		return http.withBasicAuth(user, "demo").postForEntity("/api/partners/" + partner + "/messages", json(message), Map.class);
	}

	private static List<String> fields(ResponseEntity<Map> answer) {
		List<Map<String, String>> errors = (List<Map<String, String>>) answer.getBody().get("errors");
		return errors.stream().map(e -> e.get("field")).toList();
	}

	private int timelineCount(String reference) {
		return jdbc.queryForObject("select count(*) from case_timeline_entry t join case_file c on c.id = t.case_id "
				+ "where c.reference = ?", Integer.class, reference);
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	private String report(String postcode) {
		String body = """
				{"reporterType":"VICTIM","victim":{"address":"1 High Street, %s","phone":"07700 900456","safeContact":{"method":"PHONE"}},
				 "incidents":[{"behaviour":"LOITERING"}]}""".formatted(postcode);
		return (String) http.postForEntity("/api/reports", json(body), Map.class).getBody().get("reference");
	}

}
