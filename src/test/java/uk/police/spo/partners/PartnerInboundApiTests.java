package uk.police.spo.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.spo.partners.PartnerCalls.fields;
import static uk.police.spo.partners.PartnerCalls.hoursAgo;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.orders.ProtectiveOrderRepository;
import uk.police.spo.support.ApplicationBeforeTheCourt;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.OrderUnderMonitoring;

/** The partner contract's types in the business's words reach the processes; today's names still do, deprecated. */
class PartnerInboundApiTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseRecords cases;

	@Autowired
	ProtectiveOrderRepository orders;

	@Autowired
	ReferralRepository referrals;

	PartnerCalls calls;

	@BeforeEach
	void calls() {
		calls = new PartnerCalls(http, jdbc, cases, referrals);
	}

	@Test
	void theCourtListsAHearingAndGivesItsOutcomeInItsOwnWords() {
		String reference = calls.report();
		ApplicationBeforeTheCourt.start(runtime, cases, jdbc, reference);

		ResponseEntity<Map> listed = calls.send("court", "court", "HEARING_LISTED", reference,
				Map.of("hearingDate", inDays(14), "hearingType", "INTERIM"));
		assertThat(listed.getStatusCode().value()).as(String.valueOf(listed.getBody())).isEqualTo(202);
		assertThat(listed.getHeaders().containsKey("Deprecation")).isFalse();
		assertThat(listed.getBody()).doesNotContainKey("warning");
		assertThat(waitingIn(reference)).isEqualTo("Task_AwaitCourtOutcome");

		ResponseEntity<Map> adjourned = calls.send("court", "court", "OUTCOME", reference,
				Map.of("outcome", "ADJOURNED", "nextHearingDate", inDays(28)));
		assertThat(adjourned.getStatusCode().value()).as(String.valueOf(adjourned.getBody())).isEqualTo(202);

		assertThat(calls.timeline(reference, "SPO_HEARING_LISTED")).containsExactly("INTERIM hearing listed for " + inDays(14));
		assertThat(calls.timeline(reference, "SPO_COURT_OUTCOME"))
			.containsExactly("Court outcome: ADJOURNED, next hearing " + inDays(28));
		assertThat(jdbc.queryForList("select concat(concat(h.kind, ':'), coalesce(h.outcome, 'OPEN')) from spo_hearing h "
				+ "join spo_application a on a.id = h.application_id join case_file c on c.id = a.case_id "
				+ "where c.reference = ? order by h.position", String.class, reference))
			.containsExactly("INTERIM:ADJOURNED", "INTERIM:OPEN");
		assertThat(waitingIn(reference)).isEqualTo("Task_AwaitCourtOutcome");
	}

	@Test
	void todaysNameIsStillTakenAndItsAnswerSaysItIsDeprecated() {
		String reference = calls.report();
		ApplicationBeforeTheCourt.start(runtime, cases, jdbc, reference);

		ResponseEntity<Map> listed = calls.send("court", "court", "CourtHearingListed", reference,
				Map.of("hearingOn", inDays(7), "hearingKind", "FULL"));

		assertThat(listed.getStatusCode().value()).as(String.valueOf(listed.getBody())).isEqualTo(202);
		assertThat(listed.getHeaders().getFirst("Deprecation")).isEqualTo("@1796083200");
		assertThat(listed.getHeaders().getFirst("Link")).contains("/api/partners/openapi/inbound.yaml")
			.contains("rel=\"deprecation\"");
		assertThat((String) listed.getBody().get("warning")).contains("CourtHearingListed").contains("HEARING_LISTED");
		assertThat(calls.timeline(reference, "SPO_HEARING_LISTED")).containsExactly("FULL hearing listed for " + inDays(7));
		assertThat(waitingIn(reference)).isEqualTo("Task_AwaitCourtOutcome");
	}

	@Test
	void aContractTypeTakesOnlyItsOwnFieldsAndItsRefusalsNameThem() {
		String reference = calls.report();
		ApplicationBeforeTheCourt.start(runtime, cases, jdbc, reference);

		ResponseEntity<Map> processNames = calls.send("court", "court", "HEARING_LISTED", reference,
				Map.of("hearingOn", inDays(7), "hearingKind", "FULL"));
		ResponseEntity<Map> badDate = calls.send("court", "court", "HEARING_LISTED", reference,
				Map.of("hearingDate", "next Tuesday", "hearingType", "FULL"));
		ResponseEntity<Map> notNow = calls.send("court", "court", "OUTCOME", reference,
				Map.of("outcome", "REFUSED"));

		assertThat(processNames.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(processNames)).containsExactly("body.hearingKind", "body.hearingOn");
		assertThat(badDate.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(badDate)).containsExactly("body.hearingDate");
		assertThat(notNow.getStatusCode().value()).isEqualTo(409);
		assertThat((String) notNow.getBody().get("detail")).contains("is not waiting for OUTCOME")
			.doesNotContain("CourtOutcomeReceived");
		assertThat(calls.timeline(reference, "SPO_HEARING_LISTED")).isEmpty();
		assertThat(waitingIn(reference)).isEqualTo("Task_AwaitHearingListing");
	}

	@Test
	void theCourtReportsABreachAsTheCourt() {
		String reference = calls.report();
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		assertThat(calls.officer("offender", reference, "OrderServed", Map.of("servedAt", hoursAgo(3)))
			.getStatusCode()
			.value()).isEqualTo(202);

		ResponseEntity<Map> breach = calls.send("court", "court", "BREACH_REPORTED", reference,
				Map.of("occurredAt", hoursAgo(1)));

		assertThat(breach.getStatusCode().value()).as(String.valueOf(breach.getBody())).isEqualTo(202);
		assertThat(calls.breachesReportedBy(reference)).containsExactly("COURT");
		assertThat(calls.timeline(reference, "MESSAGE_RECEIVED")).contains("BreachReported received from partner court");
	}

	@Test
	void maracReportsABreachAsMaracAndMayNotSayWhoReportedIt() {
		String reference = calls.report();
		calls.sentReferral(reference, ReferralPartner.MARAC);
		OrderUnderMonitoring.start(runtime, cases, orders, reference);
		calls.officer("offender", reference, "OrderServed", Map.of("servedAt", hoursAgo(3)));

		ResponseEntity<Map> asSomeoneElse = calls.send("marac", "marac", "BREACH_REPORTED", reference,
				Map.of("occurredAt", hoursAgo(1), "reportedBy", "OFFICER"));
		ResponseEntity<Map> breach = calls.send("marac", "marac", "BREACH_REPORTED", reference,
				Map.of("occurredAt", hoursAgo(1)));

		assertThat(asSomeoneElse.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(asSomeoneElse)).containsExactly("body.reportedBy");
		assertThat(breach.getStatusCode().value()).as(String.valueOf(breach.getBody())).isEqualTo(202);
		assertThat(calls.breachesReportedBy(reference)).containsExactly("MARAC");
	}

	@Test
	void maracAnswersItsReferralByItsIdAndTheAnswerIsOnTheCase() {
		String reference = calls.report();
		Referral referral = calls.sentReferral(reference, ReferralPartner.MARAC);

		ResponseEntity<Map> answer = calls.send("marac", "marac", "REFERRAL_ANSWERED", reference,
				Map.of("referralId", referral.id().toString(), "answer", "NEEDS_MORE_INFORMATION", "note",
						"Please send the DASH checklist."));

		assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(202);
		assertThat(calls.status(referral)).isEqualTo(ReferralStatus.ANSWERED);
		assertThat(calls.timeline(reference, "REFERRAL_ANSWERED")).containsExactly(
				"Referral (HIGH_RISK_CONFERENCE) answered by marac: needs more information. Note: Please send the DASH checklist.");
		assertThat(jdbc.queryForList("select actor from audit_entry where case_reference = ? and action = 'ALTER' "
				+ "and purpose = 'referral answered by marac'", String.class, reference)).containsExactly("marac");
	}

	@Test
	void aPartnerAnswersByItsOwnAcknowledgementIdOnlyForItsOwnReferral() {
		String reference = calls.report();
		Referral housing = calls.sentReferral(reference, ReferralPartner.HOUSING);
		calls.sentReferral(reference, ReferralPartner.ADVOCACY);
		jdbc.update("update referral set acknowledgement_id = 'HOU-ACK-1' where id = ?", housing.id().toString());

		ResponseEntity<Map> byAdvocacy = calls.send("advocacy", "advocacy", "REFERRAL_ANSWERED", reference,
				Map.of("acknowledgementId", "HOU-ACK-1", "answer", "ACCEPTED"));
		ResponseEntity<Map> byHousing = calls.send("housing", "housing", "REFERRAL_ANSWERED", reference,
				Map.of("acknowledgementId", "HOU-ACK-1", "answer", "DECLINED"));

		assertThat(byAdvocacy.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(byAdvocacy)).containsExactly("body.acknowledgementId");
		assertThat(byHousing.getStatusCode().value()).as(String.valueOf(byHousing.getBody())).isEqualTo(202);
		assertThat(calls.status(housing)).isEqualTo(ReferralStatus.ANSWERED);
		assertThat(calls.timeline(reference, "REFERRAL_ANSWERED")).containsExactly(
				"Referral (SUPPORT) answered by housing: declined");
	}

	@Test
	void anAnswerIsCheckedAndAReferralIsAnsweredOnce() {
		String reference = calls.report();
		Referral referral = calls.sentReferral(reference, ReferralPartner.ADVOCACY);
		String id = referral.id().toString();

		ResponseEntity<Map> noAnswer = calls.send("advocacy", "advocacy", "REFERRAL_ANSWERED", reference,
				Map.of("referralId", id));
		ResponseEntity<Map> longNote = calls.send("advocacy", "advocacy", "REFERRAL_ANSWERED", reference,
				Map.of("referralId", id, "answer", "ACCEPTED", "note", "x".repeat(401)));
		ResponseEntity<Map> both = calls.send("advocacy", "advocacy", "REFERRAL_ANSWERED", reference,
				Map.of("referralId", id, "acknowledgementId", "ADV-1", "answer", "ACCEPTED"));
		assertThat(calls.status(referral)).isEqualTo(ReferralStatus.SENT);
		ResponseEntity<Map> first = calls.send("advocacy", "advocacy", "REFERRAL_ANSWERED", reference,
				Map.of("referralId", id, "answer", "ACCEPTED"));
		ResponseEntity<Map> second = calls.send("advocacy", "advocacy", "REFERRAL_ANSWERED", reference,
				Map.of("referralId", id, "answer", "DECLINED"));

		assertThat(fields(noAnswer)).containsExactly("body.answer");
		assertThat(fields(longNote)).containsExactly("body.note");
		assertThat(fields(both)).containsExactly("body.referralId");
		assertThat(first.getStatusCode().value()).isEqualTo(202);
		assertThat(second.getStatusCode().value()).isEqualTo(409);
		assertThat(calls.timeline(reference, "REFERRAL_ANSWERED")).containsExactly(
				"Referral (SUPPORT) answered by advocacy: accepted");
	}

	@Test
	void todaysAnswerNameStillAnswersAReferral() {
		String reference = calls.report();
		Referral referral = calls.sentReferral(reference, ReferralPartner.HOUSING);

		ResponseEntity<Map> answer = calls.send("housing", "housing", "PartnerReferralAnswered", reference,
				Map.of("referralId", referral.id().toString()));

		assertThat(answer.getStatusCode().value()).isEqualTo(202);
		assertThat(answer.getHeaders().getFirst("Deprecation")).isEqualTo("@1796083200");
		assertThat(calls.status(referral)).isEqualTo(ReferralStatus.ANSWERED);
		assertThat(calls.timeline(reference, "REFERRAL_ANSWERED")).containsExactly("Referral (SUPPORT) answered by housing");
	}

	@Test
	void maracReachesOnlyItsOwnEndpointAndSendsOnlyItsOwnTypes() {
		String reference = calls.report();
		calls.sentReferral(reference, ReferralPartner.MARAC);
		Map<String, Object> breach = Map.of("occurredAt", hoursAgo(1));

		ResponseEntity<Map> toCourt = calls.send("marac", "court", "BREACH_REPORTED", reference, breach);
		ResponseEntity<Map> courtToMarac = calls.send("court", "marac", "BREACH_REPORTED", reference, breach);
		ResponseEntity<Map> hearing = calls.send("marac", "marac", "HEARING_LISTED", reference,
				Map.of("hearingDate", inDays(3), "hearingType", "FULL"));
		ResponseEntity<Map> oldName = calls.send("marac", "marac", "BreachReported", reference,
				Map.of("reportedBy", "MARAC", "breachOccurredAt", hoursAgo(1)));
		ResponseEntity<Map> anonymous = http.postForEntity("/api/partners/marac/messages", PartnerCalls.json(Map.of()),
				Map.class);

		assertThat(toCourt.getStatusCode().value()).isEqualTo(403);
		assertThat(toCourt.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(courtToMarac.getStatusCode().value()).isEqualTo(403);
		assertThat(hearing.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(hearing)).containsExactly("type");
		assertThat(oldName.getStatusCode().value()).isEqualTo(400);
		assertThat(fields(oldName)).containsExactly("type");
		assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
		assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
		assertThat(http.withBasicAuth("marac", "demo").getForEntity("/api/partner-messages/refused", String.class)
			.getStatusCode()
			.value()).isEqualTo(403);
	}

	private String waitingIn(String reference) {
		return runtime.createExecutionQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKey("spoApplication")
			.list()
			.stream()
			.map(e -> runtime.getActiveActivityIds(e.getId()))
			.flatMap(java.util.List::stream)
			.filter(a -> a.startsWith("Task_Await"))
			.findFirst()
			.orElse("none");
	}

	private static String inDays(int days) {
		return LocalDate.now().plusDays(days).toString();
	}

}
