package uk.police.spo.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.orders.ProtectiveOrderRepository;
import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.partners.ReferralRepository;
import uk.police.spo.partners.ReferralStatus;
import uk.police.spo.support.DocumentJobs;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.OrderUnderMonitoring;

/** Messages from officers and partners: refused with a clear 4xx whenever the case cannot take them. */
class CaseMessageApiTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseRecords cases;

	@Autowired
	ProtectiveOrderRepository orders;

	@Autowired
	ReferralRepository referrals;

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
	void aPartnerMessageInTheWrongStateIsRefusedKeptForSupervisorsAndARepeatGetsTheSameRefusal() {
		String reference = report("SG1 1AA");
		Map<String, Object> message = Map.of("messageId", "court-msg-1", "caseReference", reference, "type",
				"CourtOutcomeReceived", "body", Map.of("courtOutcome", "REFUSED"));

		ResponseEntity<Map> first = partner("court", "court", message);
		ResponseEntity<Map> repeat = partner("court", "court", message);

		assertThat(first.getStatusCode().value()).isEqualTo(409);
		assertThat(repeat.getStatusCode().value()).isEqualTo(409);
		assertThat(repeat.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(repeat.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(repeat.getBody()).isEqualTo(first.getBody());
		List<Map<String, Object>> refused = refusedAs("supervisor");
		assertThat(refused).filteredOn(m -> "court-msg-1".equals(m.get("messageId"))).singleElement().satisfies(m -> {
			assertThat(m).containsEntry("caseReference", reference);
			assertThat((String) m.get("reason")).contains("is not waiting for CourtOutcomeReceived");
		});
		assertThat(jdbc.queryForObject("select body from partner_message where message_id = 'court-msg-1'", String.class))
			.doesNotContain("REFUSED");
	}

	@Test
	void aRefusedMessageRepeatedOnceTheCaseCouldTakeItIsRefusedAgainAndNotDelivered() {
		String reference = report("SG1 1AA");
		referredTo(reference, ReferralPartner.HOUSING);
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		Map<String, Object> breach = breach(reference, "hou-early-" + UUID.randomUUID(), "HOUSING");

		ResponseEntity<Map> first = partner("housing", "housing", breach);
		assertThat(officer("offender", reference, "OrderServed", Map.of("servedAt", hoursAgo(2))).getStatusCode().value())
			.isEqualTo(202);
		DocumentJobs.run(runtime, management, reference);
		ResponseEntity<Map> repeat = partner("housing", "housing", breach);

		assertThat(first.getStatusCode().value()).isEqualTo(409);
		assertThat((String) first.getBody().get("detail")).contains("is not waiting for BreachReported");
		assertThat(repeat.getStatusCode().value()).isEqualTo(409);
		assertThat(repeat.getBody()).isEqualTo(first.getBody());
		assertThat(breaches(reference)).isZero();
		assertThat(partner("housing", "housing", breach(reference, "hou-later-" + UUID.randomUUID(), "HOUSING"))
			.getStatusCode()
			.value()).isEqualTo(202);
		assertThat(breaches(reference)).isEqualTo(1);
	}

	@Test
	void housingReportsABreachAndARepeatIsAcknowledgedAndIgnored() {
		String reference = report("SG1 1AA");
		referredTo(reference, ReferralPartner.HOUSING);
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		officer("offender", reference, "OrderServed", Map.of("servedAt", hoursAgo(2)));
		DocumentJobs.run(runtime, management, reference);
		String occurredAt = hoursAgo(1);
		String id = "hou-breach-" + UUID.randomUUID();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reportedBy", "HOUSING");
		body.put("breachOccurredAt", occurredAt);
		Map<String, Object> reordered = new LinkedHashMap<>();
		reordered.put("breachOccurredAt", occurredAt);
		reordered.put("reportedBy", "HOUSING");

		ResponseEntity<Map> first = partner("housing", "housing", message(id, reference, "BreachReported", body));
		ResponseEntity<Map> repeat = partner("housing", "housing", message(id, reference, "BreachReported", reordered));

		assertThat(first.getStatusCode().value()).as(String.valueOf(first.getBody())).isEqualTo(202);
		assertThat(first.getBody()).containsEntry("status", "ACCEPTED");
		assertThat(repeat.getStatusCode().value()).isEqualTo(200);
		assertThat(repeat.getBody()).containsEntry("status", "DUPLICATE");
		assertThat(repeat.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(jdbc.queryForList("select b.reported_by from order_breach b join case_file c on c.id = b.case_id "
				+ "where c.reference = ?", String.class, reference)).containsExactly("HOUSING");
	}

	@Test
	void aMessageIdUsedAgainForADifferentMessageIsRefusedWith422AndTheFirstAnswerStands() {
		String reference = report("SG1 1AA");
		String id = "court-reuse-" + UUID.randomUUID();
		Map<String, Object> refusal = message(id, reference, "CourtOutcomeReceived", Map.of("courtOutcome", "REFUSED"));

		ResponseEntity<Map> first = partner("court", "court", refusal);
		ResponseEntity<Map> otherBody = partner("court", "court",
				message(id, reference, "CourtOutcomeReceived", Map.of("courtOutcome", "ADJOURNED")));
		ResponseEntity<Map> otherType = partner("court", "court",
				message(id, reference, "CourtHearingListed", Map.of("courtOutcome", "REFUSED")));
		ResponseEntity<Map> otherCase = partner("court", "court",
				message(id, report("SG1 1AA"), "CourtOutcomeReceived", Map.of("courtOutcome", "REFUSED")));
		ResponseEntity<Map> same = partner("court", "court", refusal);

		assertThat(first.getStatusCode().value()).isEqualTo(409);
		for (ResponseEntity<Map> reused : List.of(otherBody, otherType, otherCase)) {
			assertThat(reused.getStatusCode().value()).isEqualTo(422);
			assertThat(reused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
			assertThat(fields(reused)).containsExactly("messageId");
			assertThat((String) reused.getBody().get("detail")).contains("new message id");
		}
		assertThat(same.getStatusCode().value()).isEqualTo(409);
		assertThat(jdbc.queryForObject("select count(*) from partner_message where message_id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void aPartnerReportsABreachAsItselfOnly() {
		String reference = report("SG1 1AA");
		referredTo(reference, ReferralPartner.HOUSING);
		referredTo(reference, ReferralPartner.ADVOCACY);

		ResponseEntity<Map> asAdvocacy = partner("housing", "housing", breach(reference, "hou-" + UUID.randomUUID(), "ADVOCACY"));
		ResponseEntity<Map> asOfficer = partner("advocacy", "advocacy", breach(reference, "adv-" + UUID.randomUUID(), "OFFICER"));

		assertThat(asAdvocacy.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(asAdvocacy)).containsExactly("body.reportedBy");
		assertThat(asOfficer.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(asOfficer)).containsExactly("body.reportedBy");
	}

	@Test
	void aBreachReportForACaseWithNoOrderIsRefusedWith409AndKept() {
		String reference = report("SG1 1AA");
		referredTo(reference, ReferralPartner.ADVOCACY);
		String id = "adv-no-order-" + UUID.randomUUID();
		int timeline = timelineCount(reference);

		ResponseEntity<Map> breach = partner("advocacy", "advocacy", breach(reference, id, "ADVOCACY"));
		ResponseEntity<Map> served = officer("offender", reference, "OrderServed", Map.of("servedAt", hoursAgo(1)));

		assertThat(breach.getStatusCode().value()).isEqualTo(409);
		assertThat((String) breach.getBody().get("detail")).contains(reference).contains("is not waiting for BreachReported");
		assertThat(served.getStatusCode().value()).isEqualTo(409);
		assertThat((String) served.getBody().get("detail")).contains("is not waiting for OrderServed");
		assertThat(timelineCount(reference)).isEqualTo(timeline);
		assertThat(refusedAs("supervisor")).anySatisfy(m -> assertThat(m).containsEntry("messageId", id));
	}

	@Test
	void refusedMessagesAreShownToTheSupervisorsOfTheCasesUnitAndTheReadIsAudited() {
		String north = report("SG1 1AA");
		String south = report("AL1 1AA");
		String northId = "court-north-" + UUID.randomUUID();
		String southId = "court-south-" + UUID.randomUUID();
		String noCaseId = "court-nocase-" + UUID.randomUUID();
		Map<String, Object> outcome = Map.of("courtOutcome", "REFUSED");
		assertThat(partner("court", "court", message(northId, north, "CourtOutcomeReceived", outcome)).getStatusCode()
			.value()).isEqualTo(409);
		assertThat(partner("court", "court", message(southId, south, "CourtOutcomeReceived", outcome)).getStatusCode()
			.value()).isEqualTo(409);
		assertThat(partner("court", "court", message(noCaseId, "SH-2026-999998", "CourtOutcomeReceived", outcome))
			.getStatusCode()
			.value()).isEqualTo(404);

		List<String> supervisorSees = refusedAs("supervisor").stream().map(m -> (String) m.get("messageId")).toList();
		List<String> adminSees = refusedAs("admin").stream().map(m -> (String) m.get("messageId")).toList();

		assertThat(supervisorSees).contains(northId).doesNotContain(southId, noCaseId);
		assertThat(adminSees).contains(northId, southId, noCaseId);
		assertThat(consulted("supervisor", north)).isNotEmpty()
			.allSatisfy(fields -> assertThat(fields).contains("partnerMessage.caseReference", "partnerMessage.reason"));
		assertThat(consulted("supervisor", south)).isEmpty();
		assertThat(consulted("admin", south)).isNotEmpty();
		assertThat(consulted("admin", null)).isNotEmpty();
		assertThat(jdbc.queryForList("select field_names from audit_entry where purpose = 'refused partner messages'",
				String.class)).noneMatch(fields -> fields.contains(north) || fields.contains("REFUSED"));
	}

	@Test
	void aBodyTooLargeToKeepIsRefusedWith400() {
		String reference = report("SG1 1AA");
		Map<String, Object> large = message("court-large-" + UUID.randomUUID(), reference, "CourtOutcomeReceived",
				Map.of("courtOutcome", "é".repeat(3000)));

		ResponseEntity<Map> answer = partner("court", "court", large);

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(answer)).containsExactly("body");
	}

	@Test
	void aPartnerReachesOnlyItsOwnEndpointAndOnlyItsOwnKindsOfMessage() {
		String reference = report("SG1 1AA");
		referredTo(reference, ReferralPartner.HOUSING);
		Map<String, Object> breach = Map.of("messageId", "adv-1", "caseReference", reference, "type", "BreachReported",
				"body", Map.of());
		Map<String, Object> outcome = Map.of("messageId", "hou-1", "caseReference", reference, "type",
				"CourtOutcomeReceived", "body", Map.of("courtOutcome", "REFUSED"));

		assertThat(partner("housing", "court", breach).getStatusCode().value()).isEqualTo(403);
		assertThat(partner("court", "advocacy", breach).getStatusCode().value()).isEqualTo(403);
		ResponseEntity<Map> notHousings = partner("housing", "housing", outcome);
		assertThat(notHousings.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(notHousings)).contains("type");
		assertThat(partner("housing", "housing", outcome).getBody()).isEqualTo(notHousings.getBody());
		assertThat(http.withBasicAuth("housing", "demo").getForEntity("/api/partner-messages/refused", String.class)
			.getStatusCode()
			.value()).isEqualTo(403);
	}

	@Test
	void aPartnerAnswerToAReferralThatIsNotTheirsIsRefused() {
		String reference = report("SG1 1AA");
		referredTo(reference, ReferralPartner.HOUSING);
		Map<String, Object> answer = Map.of("messageId", "hou-2", "caseReference", reference, "type",
				"PartnerReferralAnswered", "body", Map.of("referralId", "00000000-0000-0000-0000-000000000000"));

		ResponseEntity<Map> refused = partner("housing", "housing", answer);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(refused)).contains("body.referralId");
	}

	@Test
	void aPartnerKnowsOnlyTheCasesReferredToIt() {
		String reference = report("SG1 1AA");
		referredTo(reference, ReferralPartner.HOUSING);
		Map<String, Object> answer = Map.of("referralId", "00000000-0000-0000-0000-000000000000");

		ResponseEntity<Map> notReferred = partner("advocacy", "advocacy", message("adv-probe-" + UUID.randomUUID(),
				reference, "PartnerReferralAnswered", answer));
		ResponseEntity<Map> noSuchCase = partner("advocacy", "advocacy", message("adv-probe-" + UUID.randomUUID(),
				"SH-2026-999996", "PartnerReferralAnswered", answer));
		ResponseEntity<Map> breach = partner("advocacy", "advocacy", breach(reference, "adv-" + UUID.randomUUID(), "ADVOCACY"));

		assertThat(notReferred.getStatusCode().value()).isEqualTo(404);
		assertThat(breach.getStatusCode().value()).isEqualTo(404);
		assertThat(notReferred.getBody()).as("the same answer as for a case that does not exist")
			.containsEntry("detail", noSuchCase.getBody().get("detail"))
			.containsEntry("title", noSuchCase.getBody().get("title"));
		assertThat(breaches(reference)).isZero();
	}

	@Test
	void aPartnersAnswerToItsReferralAltersTheReferralAndIsAuditedOnce() {
		String reference = report("SG1 1AA");
		Referral referral = Referral.queue(cases.byReference(reference).orElseThrow().id(), ReferralPartner.HOUSING,
				"housing support", LegalBasis.CONSENT, Instant.now());
		referral.sent(null, Instant.now());
		referrals.save(referral);
		Map<String, Object> answer = message("hou-answer-" + UUID.randomUUID(), reference, "PartnerReferralAnswered",
				Map.of("referralId", referral.id().toString()));

		ResponseEntity<Map> first = partner("housing", "housing", answer);
		ResponseEntity<Map> repeat = partner("housing", "housing", answer);

		assertThat(first.getStatusCode().value()).as(String.valueOf(first.getBody())).isEqualTo(202);
		assertThat(repeat.getBody()).containsEntry("status", "DUPLICATE");
		assertThat(referrals.findById(referral.id()).orElseThrow().status()).isEqualTo(ReferralStatus.ANSWERED);
		assertThat(audited(reference, "ALTER")).containsExactly(
				"housing|referral.status,referral.updatedAt|referral answered by housing");
	}

	@Test
	void aRefusedMessageForAKnownCaseIsAuditedAsCollectedAndOneForNoCaseIsNot() {
		String reference = report("SG1 1AA");
		String unknown = "SH-2026-999997";
		Map<String, Object> outcome = Map.of("courtOutcome", "REFUSED");

		assertThat(partner("court", "court", message("court-kept-" + UUID.randomUUID(), reference,
				"CourtOutcomeReceived", outcome)).getStatusCode().value()).isEqualTo(409);
		assertThat(partner("court", "court", message("court-nocase-" + UUID.randomUUID(), unknown,
				"CourtOutcomeReceived", outcome)).getStatusCode().value()).isEqualTo(404);

		assertThat(audited(reference, "COLLECT")).contains(
				"court|partnerMessage.messageId,partnerMessage.type,partnerMessage.body|refused message kept from court");
		assertThat(audited(unknown, "COLLECT")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_reference is null "
				+ "and purpose like 'refused message kept%'", Integer.class)).isZero();
	}

	@Test
	void aPartnerMessageWithoutIdOrReferenceIsInvalid() {
		ResponseEntity<Map> answer = partner("court", "court",
				Map.of("messageId", "", "caseReference", "not-a-reference", "type", "CourtHearingListed", "body", Map.of()));

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(answer)).contains("messageId", "caseReference");
	}

	private List<Map<String, Object>> refusedAs(String user) {
		ResponseEntity<List> answer = http.withBasicAuth(user, "demo").getForEntity("/api/partner-messages/refused", List.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(200);
		return answer.getBody();
	}

	/** The field names of the CONSULT entries the user's reads of refused messages wrote for the case (null: none). */
	private List<String> consulted(String user, String reference) {
		return jdbc.queryForList("select field_names from audit_entry where actor = ? and action = 'CONSULT' "
				+ "and purpose = 'refused partner messages' and "
				+ (reference == null ? "case_reference is null" : "case_reference = '" + reference + "'"),
				String.class, user);
	}

	/** The case's audit entries of one action, as actor|fields|purpose. */
	private List<String> audited(String reference, String action) {
		return jdbc.queryForList("select concat(concat(concat(concat(actor, '|'), field_names), '|'), purpose) "
				+ "from audit_entry where case_reference = ? and action = ? order by seq_no", String.class, reference,
				action);
	}

	private int breaches(String reference) {
		return jdbc.queryForObject("select count(*) from order_breach b join case_file c on c.id = b.case_id "
				+ "where c.reference = ?", Integer.class, reference);
	}

	private static Map<String, Object> message(String id, String reference, String type, Map<String, Object> body) {
		return Map.of("messageId", id, "caseReference", reference, "type", type, "body", body);
	}

	/** A referral of the case delivered to the partner: a partner knows only the cases referred to it. */
	private void referredTo(String reference, ReferralPartner partner) {
		Referral referral = Referral.queue(cases.byReference(reference).orElseThrow().id(), partner, "SUPPORT",
				LegalBasis.CONSENT, Instant.now());
		referral.sent(null, Instant.now());
		referrals.save(referral);
	}

	private static Map<String, Object> breach(String reference, String id, String reportedBy) {
		return message(id, reference, "BreachReported", Map.of("reportedBy", reportedBy, "breachOccurredAt", hoursAgo(1)));
	}

	private static String hoursAgo(int hours) {
		return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES).toString();
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
				 "suspect":{"name":"Alex Monitoredsuspect"},"incidents":[{"behaviour":"LOITERING"}]}""".formatted(postcode);
		return (String) http.postForEntity("/api/reports", json(body), Map.class).getBody().get("reference");
	}

}
