package uk.police.spo.partners.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.apache.camel.ProducerTemplate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.breach.BreachRecords;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.PartnersProperties;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralAttachment;
import uk.police.spo.partners.ReferralAttachments;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.partners.ReferralRepository;
import uk.police.spo.partners.ReferralStatus;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.PartnerServers;
import uk.police.spo.support.TestCases;

/**
 * Referrals delivered to real partner servers (WireMock over HTTP, GreenMail over SMTP) through the send task's job:
 * signed, minimised, retried when a partner is down, failed at once when it refuses, and sent again by a supervisor
 * under the same idempotency key.
 */
class ReferralDeliveryTests extends MySqlCompatibleTest {

	static final String VICTIM_ADDRESS = "14 Quiet Lane, Hitchin SG5 1AA";

	static final String VICTIM_PHONE = "07700 900321";

	static final String SUSPECT_ACCOUNT = "@watcher_account";

	static final String VICTIM_EMAIL = "jane.q7hidden@example.org";

	@Autowired
	TestRestTemplate http;

	@Autowired
	CaseRecords cases;

	@Autowired
	ReferralRepository referrals;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProducerTemplate producer;

	@Autowired
	PartnersProperties partners;

	@Autowired
	BreachRecords breaches;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	@AfterEach
	void partnersTakeEverything() throws Exception {
		PartnerServers.reset();
	}

	@Test
	void maracGetsASignedReferralWithOnlyItsFieldsOnceAndTheCaseRecordsIt() throws Exception {
		CaseFile caseFile = reportedCase(true);
		Referral marac = queue(caseFile, ReferralPartner.MARAC, "HIGH_RISK_CONFERENCE", LegalBasis.MARAC_HIGH_RISK);

		ProcessInstance sending = send(marac);
		runJob(sending);

		LoggedRequest request = onlyRequestTo("marac");
		assertThat(request.getHeader("Idempotency-Key")).isEqualTo(marac.id().toString());
		assertThat(request.getHeader("Content-Type")).startsWith("application/json");
		String timestamp = request.getHeader("X-Spo-Timestamp");
		assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(120L));
		assertThat(request.getHeader("X-Signature")).isEqualTo("sha256="
				+ ReferralSignature.hmac(PartnerServers.signingKey("marac"), timestamp, request.getBody()));
		JsonNode body = json.readTree(request.getBodyAsString());
		assertThat(body.path("referralId").asText()).isEqualTo(marac.id().toString());
		assertThat(body.path("caseReference").asText()).isEqualTo(caseFile.reference());
		assertThat(body.path("kind").asText()).isEqualTo("HIGH_RISK_CONFERENCE");
		assertThat(body.path("victim").path("safeContact").path("detail").asText()).isEqualTo(VICTIM_PHONE);
		assertThat(request.getBodyAsString()).doesNotContain(VICTIM_ADDRESS);

		Referral sent = referrals.findById(marac.id()).orElseThrow();
		assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
		assertThat(sent.acknowledgementId()).contains("ACK-1");
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(sending.getId()).count()).isZero();
		assertThat(timeline(caseFile)).contains("REFERRAL_SENT");
		assertThat(jdbc.queryForObject("select field_names from audit_entry where case_reference = ? "
				+ "and action = 'DISCLOSE' and purpose = 'referral to marac'", String.class, caseFile.reference()))
			.contains("victim.safeContact.detail", "relationship", "suspect.onlineAccounts")
			.doesNotContain("victim.address");
	}

	@Test
	void housingGetsNoOnlineAccountsOfTheSuspect() throws Exception {
		CaseFile caseFile = reportedCase(true);
		Referral housing = queue(caseFile, ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", LegalBasis.CONSENT);

		runJob(send(housing));

		LoggedRequest request = onlyRequestTo("housing");
		assertThat(request.getBodyAsString()).contains(VICTIM_ADDRESS).doesNotContain(SUSPECT_ACCOUNT);
		assertThat(request.getHeader("X-Signature")).isEqualTo("sha256=" + ReferralSignature.hmac(
				PartnerServers.signingKey("housing"), request.getHeader("X-Spo-Timestamp"), request.getBody()));
		assertThat(referrals.findById(housing.id()).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
	}

	@Test
	void eachPartnerGetsItsLetterHoldingNothingOutsideItsAllowList() throws Exception {
		CaseFile caseFile = caseKnowingEverything();
		Map<ReferralPartner, Referral> sent = new java.util.LinkedHashMap<>();
		sent.put(ReferralPartner.MARAC, queue(caseFile, ReferralPartner.MARAC, "HIGH_RISK_CONFERENCE", LegalBasis.MARAC_HIGH_RISK));
		sent.put(ReferralPartner.HOUSING, queue(caseFile, ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", LegalBasis.CONSENT));
		sent.put(ReferralPartner.ADVOCACY, queue(caseFile, ReferralPartner.ADVOCACY, "RISK_ADVOCACY", LegalBasis.CONSENT));

		for (Referral referral : sent.values()) {
			runJob(send(referral));
		}

		Map<String, Object> facts = inTransaction()
			.execute(status -> CaseFacts.of(cases.byId(caseFile.id()).orElseThrow()));
		assertThat(facts).containsKeys("victim.address", "victim.dateOfBirth", "suspect.onlineAccounts",
				"suspect.description", "suspect.address", "suspect.dateOfBirth", "risk.classification");
		for (Map.Entry<ReferralPartner, Referral> referral : sent.entrySet()) {
			String partner = referral.getKey().name().toLowerCase(java.util.Locale.ROOT);
			LoggedRequest request = onlyRequestTo(partner);
			assertThat(request.getHeader("X-Signature")).as("signed over the body, letter included").isEqualTo("sha256="
					+ ReferralSignature.hmac(PartnerServers.signingKey(partner), request.getHeader("X-Spo-Timestamp"),
							request.getBody()));
			JsonNode letter = json.readTree(request.getBodyAsString()).path("letter");
			assertThat(letter.path("contentType").asText()).isEqualTo("application/pdf");
			assertThat(letter.path("fileName").asText())
				.isEqualTo(caseFile.reference() + "-" + partner + "-referral-letter.pdf");
			byte[] pdf = java.util.Base64.getDecoder().decode(letter.path("base64").asText());
			assertThat(letter.path("sha256").asText()).isEqualTo(java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
			String text = pdfText(pdf);
			assertThat(text).contains(caseFile.reference(), referral.getValue().id().toString(), "OFFICIAL-SENSITIVE");
			List<String> allowed = ReferralAllowList.of(referral.getKey(), referral.getValue().purpose()).fields();
			facts.forEach((field, value) -> {
				for (List<String> ways : renderings(value)) {
					if (allowed.contains(field)) {
						assertThat(ways).as(partner + " is given " + field).anyMatch(text::contains);
					}
					else {
						assertThat(ways).as(partner + " is not given " + field).noneMatch(text::contains);
					}
				}
			});
			assertThat(text).as("the victim's email is no safe channel here").doesNotContain(VICTIM_EMAIL);
		}
		assertThat(jdbc.queryForList("select summary from case_timeline_entry where case_id = ? and kind = 'REFERRAL_SENT'",
				String.class, caseFile.id().toString()))
			.hasSize(3)
			.allSatisfy(summary -> assertThat(summary).contains("with its letter " + caseFile.reference()));
		assertThat(jdbc.queryForList("select field_names from audit_entry where case_reference = ? and action = 'DISCLOSE'",
				String.class, caseFile.reference()))
			.hasSize(3)
			.allSatisfy(fields -> assertThat(fields).contains("referral.letter"));
	}

	@Test
	void aLetterThatWouldShowAWithheldContactDetailIsLeftOutAndTheReferralStillGoes() throws Exception {
		// the suspect's address, which MARAC is given, is the victim's home address, which it is not
		String body = """
				{"reporterType":"VICTIM","victim":{"name":"Jane Doe","address":"%s","phone":"%s",
				 "safeContact":{"method":"PHONE"}},"suspect":{"name":"John Roe","address":"%s"},
				 "relationship":"PARTNER","incidents":[{"behaviour":"FOLLOWING"}]}"""
			.formatted(VICTIM_ADDRESS, VICTIM_PHONE, VICTIM_ADDRESS);
		String reference = (String) http.postForEntity("/api/reports", TestCases.json(body), Map.class)
			.getBody()
			.get("reference");
		CaseFile caseFile = cases.byReference(reference).orElseThrow();
		Referral marac = queue(caseFile, ReferralPartner.MARAC, "HIGH_RISK_CONFERENCE", LegalBasis.MARAC_HIGH_RISK);

		runJob(send(marac));

		JsonNode sent = json.readTree(onlyRequestTo("marac").getBodyAsString());
		assertThat(sent.has("letter")).isFalse();
		assertThat(sent.path("suspect").path("address").asText()).isEqualTo(VICTIM_ADDRESS);
		assertThat(referrals.findById(marac.id()).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
		assertThat(jdbc.queryForList("select summary from case_timeline_entry where case_id = ? and kind = ?",
				String.class, caseFile.id().toString(), "REFERRAL_LETTER_FAILED"))
			.containsExactly("Referral to MARAC (HIGH_RISK_CONFERENCE) went without its letter: the letter could not be"
					+ " made (see the application log)");
		assertThat(jdbc.queryForObject("select field_names from audit_entry where case_reference = ? and action = "
				+ "'DISCLOSE'", String.class, reference)).doesNotContain("referral.letter");
	}

	@Test
	void theCourtGetsNoLetterInItsJson() throws Exception {
		CaseFile caseFile = reportedCase(true);
		Referral court = queue(caseFile, ReferralPartner.COURT, "BREACH_OF_ORDER", LegalBasis.COURT_APPLICATION);

		runJob(send(court));

		MimeMessage[] mail = PartnerServers.smtp().getReceivedMessages();
		assertThat(mail).hasSize(1);
		assertThat(json.readTree(String.valueOf(mail[0].getContent())).has("letter")).isFalse();
	}

	@Test
	void aPartnerAnswering500ThenRecoveringGetsTheReferralOnceItRecovers() throws Exception {
		CaseFile caseFile = reportedCase(true);
		Referral advocacy = queue(caseFile, ReferralPartner.ADVOCACY, "RISK_ADVOCACY", LegalBasis.CONSENT);
		PartnerServers.http().stubFor(post(urlPathEqualTo("/advocacy/referrals")).inScenario("down")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("up"));
		PartnerServers.http().stubFor(post(urlPathEqualTo("/advocacy/referrals")).inScenario("down")
			.whenScenarioStateIs("up")
			.willReturn(okJson("{\"acknowledgementId\":\"ADV-77\"}")));
		ProcessInstance sending = send(advocacy);

		assertThatThrownBy(() -> runJob(sending)).hasMessageContaining("not reached");
		Referral waiting = referrals.findById(advocacy.id()).orElseThrow();
		assertThat(waiting.status()).isEqualTo(ReferralStatus.QUEUED);
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.lastOutcome()).contains("HTTP 500");
		Job retry = job(sending);
		assertThat(retry.getRetries()).as("retries left: one per interval of the back-off cycle").isEqualTo(5);
		assertThat(retry.getDuedate()).isAfter(new java.util.Date());

		runJob(sending);

		List<LoggedRequest> requests = PartnerServers.http().findAll(postRequestedFor(urlPathEqualTo("/advocacy/referrals")));
		assertThat(requests).hasSize(2)
			.allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo(advocacy.id().toString()));
		Referral sent = referrals.findById(advocacy.id()).orElseThrow();
		assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
		assertThat(sent.acknowledgementId()).contains("ADV-77");
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(timeline(caseFile)).containsOnlyOnce("REFERRAL_SENT").doesNotContain("REFERRAL_FAILED");
	}

	@Test
	void aPermanentRefusalFailsAtOnceShowsToSupervisorsAndIsSentAgainUnderTheSameKey() throws Exception {
		CaseFile caseFile = reportedCase(true);
		Referral housing = queue(caseFile, ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", LegalBasis.CONSENT);
		PartnerServers.http().stubFor(post(urlPathEqualTo("/housing/referrals"))
			.willReturn(aResponse().withStatus(400).withBody("{\"error\":\"unknown district\"}")));
		ProcessInstance sending = send(housing);

		runJob(sending);

		Referral failed = referrals.findById(housing.id()).orElseThrow();
		assertThat(failed.status()).isEqualTo(ReferralStatus.FAILED);
		assertThat(failed.failureReason()).contains("HTTP 400 (refused by the partner)");
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(sending.getId()).count())
			.as("the step ends: its process is not stuck").isZero();
		assertThat(timeline(caseFile)).contains("REFERRAL_FAILED");

		ResponseEntity<String> list = http.withBasicAuth("supervisor", "demo")
			.getForEntity("/api/referrals?status=FAILED", String.class);
		assertThat(list.getStatusCode().value()).isEqualTo(200);
		JsonNode shown = entryFor(json.readTree(list.getBody()), housing.id());
		assertThat(shown.path("caseReference").asText()).isEqualTo(caseFile.reference());
		assertThat(shown.path("partner").asText()).isEqualTo("HOUSING");
		assertThat(shown.path("kind").asText()).isEqualTo("SAFE_ACCOMMODATION");
		assertThat(shown.path("attempts").asInt()).isEqualTo(1);
		assertThat(shown.path("failureReason").asText()).contains("HTTP 400");
		assertThat(shown.path("updatedAt").asText()).isNotBlank();
		assertThat(list.getBody()).doesNotContain(VICTIM_ADDRESS, VICTIM_PHONE, "Quiet Lane");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_reference = ? and action = 'CONSULT' "
				+ "and purpose = 'referral health'", Integer.class, caseFile.reference())).isPositive();
		assertThat(http.withBasicAuth("investigator", "demo").getForEntity("/api/referrals?status=FAILED", String.class)
			.getStatusCode().value()).isEqualTo(403);
		assertThat(http.withBasicAuth("supervisor", "demo").getForEntity("/api/referrals?status=LOST", String.class)
			.getStatusCode().value()).isEqualTo(400);

		PartnerServers.reset();
		ResponseEntity<String> resent = http.withBasicAuth("supervisor", "demo")
			.postForEntity("/api/referrals/" + housing.id() + "/resend", null, String.class);
		assertThat(resent.getStatusCode().value()).as(resent.getBody()).isEqualTo(202);
		assertThat(referrals.findById(housing.id()).orElseThrow().status()).isEqualTo(ReferralStatus.QUEUED);
		assertThat(http.withBasicAuth("supervisor", "demo")
			.postForEntity("/api/referrals/" + housing.id() + "/resend", null, String.class)
			.getStatusCode().value()).as("only a FAILED referral is sent again").isEqualTo(409);
		ProcessInstance again = runtime.createProcessInstanceQuery()
			.processDefinitionKey(ReferralResends.PROCESS)
			.variableValueEquals("referralId", housing.id().toString())
			.singleResult();
		runJob(again);

		assertThat(onlyRequestTo("housing").getHeader("Idempotency-Key")).isEqualTo(housing.id().toString());
		Referral sent = referrals.findById(housing.id()).orElseThrow();
		assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
		assertThat(sent.idempotencyKey()).isEqualTo(housing.id().toString());
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(timeline(caseFile)).contains("REFERRAL_FAILED", "REFERRAL_RESENT", "REFERRAL_SENT");
	}

	@Test
	void aSupervisorSeesAndResendsOnlyTheirOwnUnitsFailedReferrals() throws Exception {
		CaseFile south = reportedCase(true, "1 St Peters Street, St Albans AL1 3NF");
		Referral housing = queue(south, ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", LegalBasis.CONSENT);
		PartnerServers.http().stubFor(post(urlPathEqualTo("/housing/referrals")).willReturn(aResponse().withStatus(422)));
		runJob(send(housing));

		String north = http.withBasicAuth("supervisor", "demo").getForObject("/api/referrals?status=FAILED", String.class);
		String every = http.withBasicAuth("admin", "demo").getForObject("/api/referrals?status=FAILED", String.class);

		assertThat(north).doesNotContain(housing.id().toString());
		assertThat(entryFor(json.readTree(every), housing.id()).path("caseReference").asText())
			.isEqualTo(south.reference());
		assertThat(http.withBasicAuth("supervisor", "demo")
			.postForEntity("/api/referrals/" + housing.id() + "/resend", null, String.class)
			.getStatusCode().value()).isEqualTo(404);
		assertThat(referrals.findById(housing.id()).orElseThrow().status()).isEqualTo(ReferralStatus.FAILED);
	}

	@Test
	void retriesRunOutIntoFailedAndAnIncidentThatAResendClears() throws Exception {
		CaseFile caseFile = reportedCase(true);
		Referral marac = queue(caseFile, ReferralPartner.MARAC, "HIGH_RISK_CONFERENCE", LegalBasis.MARAC_HIGH_RISK);
		PartnerServers.http().stubFor(post(urlPathEqualTo("/marac/referrals")).willReturn(aResponse().withStatus(503)));
		ProcessInstance sending = send(marac);

		int runs = 0;
		while (job(sending).getRetries() > 0) {
			runs++;
			assertThatThrownBy(() -> runJob(sending)).hasMessageContaining("HTTP 503");
		}

		assertThat(runs).as("the first attempt and one per interval of PT1M,PT5M,PT15M,PT1H,PT4H").isEqualTo(6);
		Referral failed = referrals.findById(marac.id()).orElseThrow();
		assertThat(failed.status()).isEqualTo(ReferralStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(6);
		assertThat(failed.failureReason().orElseThrow()).contains("no attempt reached the partner", "HTTP 503");
		assertThat(runtime.createIncidentQuery().processInstanceId(sending.getId()).count()).as("incident").isOne();

		PartnerServers.reset();
		assertThat(http.withBasicAuth("supervisor", "demo")
			.postForEntity("/api/referrals/" + marac.id() + "/resend", null, String.class)
			.getStatusCode().value()).isEqualTo(202);
		assertThat(job(sending).getRetries()).isOne();
		runJob(sending);

		assertThat(referrals.findById(marac.id()).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(sending.getId()).count())
			.as("the step that stood in the incident goes on").isZero();
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReferralResends.PROCESS)
			.variableValueEquals("referralId", marac.id().toString()).count()).isZero();
	}

	@Test
	void aPartnerTooSlowToAnswerIsTriedAgainLater() throws Exception {
		CaseFile caseFile = reportedCase(true);
		Referral marac = queue(caseFile, ReferralPartner.MARAC, "HIGH_RISK_CONFERENCE", LegalBasis.MARAC_HIGH_RISK);
		// the tests' read time-out is 8 s (PartnerServers): long enough for a partner on a loaded machine
		PartnerServers.http().stubFor(post(urlPathEqualTo("/marac/referrals"))
			.willReturn(okJson("{}").withFixedDelay(12_000)));
		ProcessInstance sending = send(marac);

		assertThatThrownBy(() -> runJob(sending)).hasMessageContaining("timed out");
		assertThat(referrals.findById(marac.id()).orElseThrow().status()).isEqualTo(ReferralStatus.QUEUED);
	}

	@Test
	void withoutTheVictimsConsentNothingGoesToHousingOrAdvocacy() throws Exception {
		CaseFile caseFile = reportedCase(false);
		Referral housing = queue(caseFile, ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", LegalBasis.CONSENT);
		Referral maracOnConsent = queue(caseFile, ReferralPartner.MARAC, "HIGH_RISK_CONFERENCE", LegalBasis.CONSENT);

		runJob(send(housing));
		runJob(send(maracOnConsent));

		assertThat(PartnerServers.http().getAllServeEvents()).isEmpty();
		assertThat(referrals.findById(housing.id()).orElseThrow().failureReason().orElseThrow())
			.contains("no recorded consent of the victim to a referral to HOUSING");
		assertThat(referrals.findById(maracOnConsent.id()).orElseThrow().failureReason().orElseThrow())
			.contains("needs the basis MARAC_HIGH_RISK");
		assertThat(referrals.findById(housing.id()).orElseThrow().attempts()).as("nothing left the force").isZero();
	}

	@Test
	void aVictimWhoDeclinedAdvocacyAtTriageIsNotReferredToItAfterABreach() {
		CaseFile caseFile = reportedCase(true);
		Referral offer = Referral.offer(caseFile.id(), ReferralPartner.ADVOCACY, "RISK_ADVOCACY", Instant.now());
		offer.declined(Instant.now());
		referrals.saveAndFlush(offer);

		List<Referral> queued = breaches.informCourtAndAdvocacy(caseFile.id());

		assertThat(queued).extracting(Referral::partner).containsExactly(ReferralPartner.COURT);
	}

	@Test
	void aBreachIsNotReferredToAdvocacyOnTheReportsTickAlone() {
		// the report said yes to referrals (perhaps a third party's tick); the victim was never asked about advocacy
		CaseFile caseFile = reportedCase(true);

		List<Referral> queued = breaches.informCourtAndAdvocacy(caseFile.id());

		assertThat(queued).extracting(Referral::partner).containsExactly(ReferralPartner.COURT);
	}

	@Test
	void aWithdrawalOfConsentStopsTheReferralsNotYetDeliveredAndLeavesTheSentOneSent() throws Exception {
		CaseFile caseFile = reportedCase(true);
		Referral sent = queue(caseFile, ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", LegalBasis.CONSENT);
		runJob(send(sent));
		Referral notYetSent = queue(caseFile, ReferralPartner.HOUSING, "SAFE_ACCOMMODATION", LegalBasis.CONSENT);
		Referral advocacy = queue(caseFile, ReferralPartner.ADVOCACY, "RISK_ADVOCACY", LegalBasis.CONSENT);
		PartnerServers.reset();

		ResponseEntity<Map> withdrawn = http.withBasicAuth("triage", "demo")
			.postForEntity("/api/cases/" + caseFile.reference() + "/consent-withdrawals",
					TestCases.json("{\"partner\":\"HOUSING\"}"), Map.class);
		runJob(send(notYetSent));
		runJob(send(advocacy));

		assertThat(withdrawn.getStatusCode().value()).isEqualTo(201);
		assertThat(withdrawn.getBody()).containsEntry("partner", "HOUSING").containsEntry("recordedBy", "triage")
			.containsKey("withdrawnAt");
		assertThat(PartnerServers.http().findAll(postRequestedFor(urlPathEqualTo("/housing/referrals")))).isEmpty();
		assertThat(referrals.findById(notYetSent.id()).orElseThrow().status()).isEqualTo(ReferralStatus.FAILED);
		assertThat(referrals.findById(notYetSent.id()).orElseThrow().failureReason().orElseThrow())
			.contains("no recorded consent of the victim to a referral to HOUSING");
		assertThat(referrals.findById(sent.id()).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
		// consent to another partner stands
		assertThat(referrals.findById(advocacy.id()).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
		assertThat(jdbc.queryForMap("select partner, recorded_by from consent_withdrawal where case_id = ?",
				caseFile.id().toString())).containsEntry("partner", "HOUSING").containsEntry("recorded_by", "triage");
		assertThat(jdbc.queryForList("select action, field_names, actor from audit_entry where case_reference = ?"
				+ " and purpose = 'consent withdrawn'", caseFile.reference()))
			.extracting(r -> r.get("action") + " " + r.get("field_names") + " " + r.get("actor"))
			.containsExactly("ALTER referral.consent triage");
		assertThat(jdbc.queryForList("select summary from case_timeline_entry where case_id = ? and kind = ?",
				String.class, caseFile.id().toString(), "CONSENT_WITHDRAWN"))
			.containsExactly("The victim withdrew their consent to referrals to HOUSING: referrals to it not yet "
					+ "delivered will not be sent");
	}

	@Test
	void aWithdrawalNamesAPartnerReferredToOnConsentAndACaseOfTheOfficersUnit() {
		CaseFile caseFile = reportedCase(true);
		String path = "/api/cases/" + caseFile.reference() + "/consent-withdrawals";

		ResponseEntity<Map> marac = http.withBasicAuth("triage", "demo")
			.postForEntity(path, TestCases.json("{\"partner\":\"MARAC\"}"), Map.class);
		ResponseEntity<Map> otherUnit = http.withBasicAuth("investigator-south", "demo")
			.postForEntity(path, TestCases.json("{\"partner\":\"HOUSING\"}"), Map.class);

		assertThat(marac.getStatusCode().value()).isEqualTo(400);
		assertThat(String.valueOf(marac.getBody().get("errors"))).contains("partner", "HOUSING or ADVOCACY");
		assertThat(otherUnit.getStatusCode().value()).isEqualTo(404);
		assertThat(jdbc.queryForObject("select count(*) from consent_withdrawal where case_id = ?", Integer.class,
				caseFile.id().toString())).isZero();
	}

	@Test
	void theCourtsMailCarriesTheReferralItsMessageIdAndTheApplication() throws Exception {
		CaseFile caseFile = reportedCase(true);
		Referral court = queue(caseFile, ReferralPartner.COURT, "SPO_APPLICATION", LegalBasis.COURT_APPLICATION);
		byte[] pdf = "%PDF-1.7 the application".getBytes(StandardCharsets.US_ASCII);
		ReferralAttachments application = (referralId, caseId, kind) -> List
			.of(new ReferralAttachment("spo-application.pdf", "application/pdf", pdf));
		PartnerRoutes routes = new PartnerRoutes(producer, partners, provider(application));

		DeliveryOutcome outcome = routes.deliver(court, caseFile.reference(),
				new ReferralPayload("{\"referralId\":\"" + court.id() + "\"}", List.of()));

		assertThat(outcome.kind()).isEqualTo(DeliveryOutcome.Kind.DELIVERED);
		assertThat(outcome.acknowledgementId()).isEqualTo(CourtMail.messageId(court.id().toString()));
		MimeMessage[] mail = PartnerServers.smtp().getReceivedMessages();
		assertThat(mail).hasSize(1);
		assertThat(mail[0].getMessageID()).isEqualTo("<referral-" + court.id() + "@spo.police.uk>");
		assertThat(mail[0].getHeader("Idempotency-Key")).containsExactly(court.id().toString());
		assertThat(mail[0].getSubject()).isEqualTo("SPO referral " + caseFile.reference() + " SPO_APPLICATION");
		assertThat(mail[0].getFrom()[0].toString()).isEqualTo(PartnerServers.FROM);
		assertThat(mail[0].getAllRecipients()[0].toString()).isEqualTo(PartnerServers.COURT);
		MimeMultipart parts = (MimeMultipart) mail[0].getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat((String) parts.getBodyPart(0).getContent()).contains(court.id().toString());
		assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("spo-application.pdf");
		assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(pdf);
	}

	@Test
	void theCourtsReferralGoesByMailThroughItsSendTask() throws Exception {
		CaseFile caseFile = reportedCase(true);
		Referral court = queue(caseFile, ReferralPartner.COURT, "SPO_APPLICATION", LegalBasis.COURT_APPLICATION);

		runJob(send(court));

		MimeMessage[] mail = PartnerServers.smtp().getReceivedMessages();
		assertThat(mail).hasSize(1);
		assertThat(mail[0].getMessageID()).isEqualTo(CourtMail.messageId(court.id().toString()));
		assertThat(PartnerServers.http().getAllServeEvents()).isEmpty();
		Referral sent = referrals.findById(court.id()).orElseThrow();
		assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
		assertThat(sent.acknowledgementId()).contains(CourtMail.messageId(court.id().toString()));
		String text = String.valueOf(mail[0].getContent());
		assertThat(text).doesNotContain(VICTIM_ADDRESS, VICTIM_PHONE);
	}

	private static <T> ObjectProvider<T> provider(T bean) {
		return new ObjectProvider<>() {
			@Override
			public T getObject(Object... args) {
				return bean;
			}

			@Override
			public T getIfAvailable() {
				return bean;
			}

			@Override
			public T getIfUnique() {
				return bean;
			}

			@Override
			public T getObject() {
				return bean;
			}
		};
	}

	/**
	 * A case that knows every fact a referral could carry, each a value found nowhere else: the victim's safe channel
	 * is their phone, so their email is no fact at all; triaged as high-risk stalking.
	 */
	private CaseFile caseKnowingEverything() {
		String body = """
				{"reporterType":"VICTIM","victim":{"name":"Jane Quorra","dateOfBirth":"1988-03-14","address":"%s",
				 "phone":"%s","email":"%s","safeContact":{"method":"PHONE","safeTimes":"after 6pm on weekdays","voicemailSafe":false}},
				 "suspect":{"name":"John Veltrane","dateOfBirth":"1979-11-23","description":"tall, drives a green Vauxhall van",
				  "address":"7 Foundry Yard, Letchworth SG6 2ZZ","onlineAccounts":["%s"]},
				 "relationship":"EX_PARTNER","incidents":[{"occurredOn":"2026-02-11","behaviour":"FOLLOWING"}],
				 "consentToPartnerReferral":true}"""
			.formatted(VICTIM_ADDRESS, VICTIM_PHONE, VICTIM_EMAIL, SUSPECT_ACCOUNT);
		ResponseEntity<Map> created = http.postForEntity("/api/reports", TestCases.json(body), Map.class);
		assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
		return inTransaction().execute(status -> {
			CaseFile caseFile = cases.byReference((String) created.getBody().get("reference")).orElseThrow();
			caseFile.triaged("STALKING_8Q", "HIGH");
			return caseFile;
		});
	}

	/**
	 * How a fact's value may read in a letter, where it is distinctive enough to look for: each text of it (a list's
	 * items one by one) with the ways it may be written (a date as ISO or in words).
	 */
	private static List<List<String>> renderings(Object value) {
		if (value instanceof List<?> items) {
			return items.stream().flatMap(item -> item instanceof Map<?, ?> incident
					? renderings(incident.get("occurredOn")).stream() : renderings(item).stream()).toList();
		}
		if (!(value instanceof String text) || text.matches("[A-Z_0-9]+") || text.length() < 6) {
			return List.of();
		}
		if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return List.of(List.of(text, java.time.LocalDate.parse(text)
				.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))));
		}
		return List.of(List.of(text));
	}

	private org.springframework.transaction.support.TransactionTemplate inTransaction() {
		return new org.springframework.transaction.support.TransactionTemplate(transactions);
	}

	private static String pdfText(byte[] pdf) throws java.io.IOException {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			return java.text.Normalizer.normalize(text.replace("\u200B", ""), java.text.Normalizer.Form.NFKC)
				.replaceAll("\\s+", " ");
		}
	}

	/** A case in the north unit, reported with the victim's address and phone and a suspect's online account. */
	private CaseFile reportedCase(boolean consent) {
		return reportedCase(consent, VICTIM_ADDRESS);
	}

	/** The victim's address decides the case's unit. */
	private CaseFile reportedCase(boolean consent, String victimAddress) {
		String body = """
				{"reporterType":"VICTIM","victim":{"name":"Jane Doe","address":"%s","phone":"%s",
				 "safeContact":{"method":"PHONE","safeTimes":"after 6pm"}},
				 "suspect":{"name":"John Roe","onlineAccounts":["%s"]},
				 "relationship":"EX_PARTNER","incidents":[{"behaviour":"FOLLOWING"}],"consentToPartnerReferral":%s}"""
			.formatted(victimAddress, VICTIM_PHONE, SUSPECT_ACCOUNT, consent);
		String reference = (String) http.postForEntity("/api/reports", TestCases.json(body), Map.class)
			.getBody()
			.get("reference");
		return cases.byReference(reference).orElseThrow();
	}

	/**
	 * A referral queued on its basis; on consent, as triage queues it: an offer the victim accepted, when the report
	 * said they would (the report's tick alone is no consent).
	 */
	private Referral queue(CaseFile caseFile, ReferralPartner partner, String kind, LegalBasis basis) {
		if (basis == LegalBasis.CONSENT && caseFile.consentToPartnerReferral()) {
			Referral accepted = Referral.offer(caseFile.id(), partner, kind, Instant.now());
			accepted.consentGiven(Instant.now());
			return referrals.saveAndFlush(accepted);
		}
		return referrals.saveAndFlush(Referral.queue(caseFile.id(), partner, kind, basis, Instant.now()));
	}

	/** The send step on its own, as {@code referralResend} runs it: the same delegate as every process's send task. */
	private ProcessInstance send(Referral referral) {
		return runtime.startProcessInstanceByKey(ReferralResends.PROCESS, "SH-TEST",
				Map.of("referralId", referral.id().toString(), "caseId", referral.caseId().toString()));
	}

	private Job job(ProcessInstance instance) {
		return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
	}

	private void runJob(ProcessInstance instance) {
		management.executeJob(job(instance).getId());
	}

	private LoggedRequest onlyRequestTo(String partner) {
		List<LoggedRequest> requests = PartnerServers.http()
			.findAll(postRequestedFor(urlPathEqualTo("/" + partner + "/referrals")));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	private List<String> timeline(CaseFile caseFile) {
		return jdbc.queryForList("select kind from case_timeline_entry t join case_file c on c.id = t.case_id "
				+ "where c.reference = ?", String.class, caseFile.reference());
	}

	private static JsonNode entryFor(JsonNode list, UUID referralId) {
		for (JsonNode entry : list) {
			if (entry.path("referralId").asText().equals(referralId.toString())) {
				return entry;
			}
		}
		throw new AssertionError("referral " + referralId + " not listed in " + list);
	}

}
