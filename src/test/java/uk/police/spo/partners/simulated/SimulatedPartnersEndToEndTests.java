package uk.police.spo.partners.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.lifecycle.TaskWorker;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.partners.ReferralRepository;
import uk.police.spo.partners.ReferralStatus;
import uk.police.spo.partners.delivery.AllowLists;

/**
 * One case, from the public report to the court's outcome and every partner's answer, on the embedded default as
 * {@code ./mvnw spring-boot:run} runs it: the job executor on, each referral sent by its send task's job through the
 * partner's Camel route to the simulated partners of this application (the court's mail to the SMTP server on this
 * machine, MARAC's, housing's and advocacy's signed JSON to the HTTP receivers that check the signature), and every
 * answer sent back from the staff page {@code /partners/simulated} through the inbound API, as a person using that page
 * sends it. Officers work their tasks through engine REST with each task's form, as Tasklist does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:simulated-partners-end-to-end;DB_CLOSE_DELAY=-1",
				"spo.crypto.local-key-file=target/simulated-partners-end-to-end/data-key",
				"spo.investigation.evidence.directory=target/simulated-partners-end-to-end/evidence" })
class SimulatedPartnersEndToEndTests {

	static final String VICTIM_ADDRESS = "27 Larkspur Mews, Hitchin SG5 2QT";

	static final String VICTIM_PHONE = "07700 900871";

	static final String VICTIM_EMAIL = "r.larkspur.e2e@example.org";

	static final String SUSPECT_ACCOUNT = "@larkspur_watcher";

	/** Long enough for a job that fails once (a loaded machine) to be retried after its first back-off, PT1M. */
	static final Duration DELIVERY = Duration.ofMinutes(3);

	static final Pattern ATTACHMENT = Pattern.compile("href=\"(/partners/simulated/mail/\\d+/attachments/\\d+)\"");

	/** The application listens on a port chosen before it starts, so that the partners' endpoints name it. */
	@DynamicPropertySource
	static void ports(DynamicPropertyRegistry properties) {
		int http = freePort();
		int smtp = freePort();
		properties.add("server.port", () -> http);
		properties.add("spo.partners.simulated.smtp-port", () -> smtp);
	}

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	ProcessEngine engine;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseRecords cases;

	@Autowired
	ReferralRepository referrals;

	@Autowired
	SimulatedReceipts receipts;

	@Autowired
	SimulatedCourtMailbox mailbox;

	@Autowired
	ObjectMapper json;

	SimulatedPartnerBrowser browser;

	/** Engine REST finds its engine in Camunda's static registry, which another context of this JVM may have taken. */
	@BeforeEach
	void restServesThisContextsEngine() {
		ProcessEngines.registerProcessEngine(engine);
		browser = new SimulatedPartnerBrowser(port);
	}

	@Test
	void aHighRiskCaseReachesEveryPartnerAndTheirAnswersComeBackToTheCase() throws Exception {
		String ref = report();
		TaskWorker worker = new TaskWorker(http, tasks);

		// triage: stalking, high risk (MARAC on its legal basis), housing and advocacy offered and accepted
		work(worker, ref, "Task_ConfirmDetails", Map.of("safeContactMethod", "PHONE"));
		work(worker, ref, "Task_ClassifyConduct", Map.of("stalkingQuestion", "YES", "fixated", "YES", "obsessive", "YES",
				"unwanted", "YES", "repeated", "YES", "incidentCount", 3L, "classification", "STALKING_8Q",
				"conductCrimeReference", "41/77001/26", "otherOffence", "NONE"));
		work(worker, ref, "Task_ScreenRisk", Map.of("yesAnswers", 16L, "dashStalkingQuestion", "YES",
				"victimVeryFrightened", true, "threatsOfViolence", true, "followedVictim", true));
		work(worker, ref, "Task_PlanSafeguarding",
				Map.of("planPanicAlarm", true, "urgentWelfareVisit", true, "housingNeed", true, "wantsAdvocacy", true));
		work(worker, ref, "Task_RecordReferralConsent",
				Map.of("housingReferralAnswer", "ACCEPTED", "advocacyReferralAnswer", "ACCEPTED"));

		// the SPO application: decided, drafted, approved by legal review and lodged with the court
		work(worker, ref, "Task_DecideToApply", Map.of("actsAssociatedWithStalking", true, "riskAssociatedWithStalking",
				true, "orderNecessary", true, "apply", true, "defendantAgedTenOrOver", true, "defendantAreaCondition",
				"LIVES_IN_AREA", "defendantUnder18", false));
		work(worker, ref, "Task_DraftOrderTerms", Map.of("term1Kind", "PROHIBITION", "term1Wording",
				"Not to contact the person protected by this order", "term1Necessity",
				"Contact was the core of the stalking", "interimWanted", false, "orderDuration", "UNTIL_FURTHER_ORDER"));
		work(worker, ref, "Task_ReviewApplication", Map.of("reviewDecision", "APPROVE"));

		Map<ReferralPartner, Referral> sent = await().atMost(DELIVERY).until(() -> referralsOf(ref),
				all -> all.size() == 4 && all.values().stream().allMatch(r -> r.status() == ReferralStatus.SENT));
		assertThat(sent).containsOnlyKeys(ReferralPartner.MARAC, ReferralPartner.HOUSING, ReferralPartner.ADVOCACY,
				ReferralPartner.COURT);
		assertThat(sent.get(ReferralPartner.COURT).purpose()).isEqualTo("SPO_APPLICATION");

		// MARAC, housing and advocacy: each received its referral once, signed (the receiver keeps nothing it could
		// not verify), holding only what its allow-list gives it
		for (ReferralPartner partner : List.of(ReferralPartner.MARAC, ReferralPartner.HOUSING, ReferralPartner.ADVOCACY)) {
			String name = name(partner);
			Referral referral = sent.get(partner);
			List<ReceivedReferral> received = receipts.of(name).stream().filter(r -> ref.equals(r.caseReference())).toList();
			assertThat(received).as(name + " received").hasSize(1);
			ReceivedReferral receipt = received.get(0);
			assertThat(receipt.deliveries()).as(name + " deliveries").isEqualTo(1);
			assertThat(receipt.idempotencyKey()).isEqualTo(referral.idempotencyKey());
			assertThat(referral.acknowledgementId()).as(name + "'s acknowledgement on the referral")
				.contains(receipt.acknowledgementId());
			assertThat(receipt.acknowledgementId()).matches("SIM-" + name + "-\\d+");
			assertThat(receipt.fields()).containsEntry("referralId", referral.idempotencyKey())
				.containsEntry("partner", partner.name())
				.containsEntry("kind", referral.purpose());
			List<String> allowed = AllowLists.fields(partner, referral.purpose());
			assertThat(AllowLists.factsIn(receipt.fields(), allowed)).as(name + "'s facts")
				.isSubsetOf(allowed)
				.contains("victim.name", "victim.safeContact.detail", "risk.level", "suspect.name");
			assertThat(receipt.letterContent()).as(name + "'s letter").hasValueSatisfying(
					pdf -> assertThat(text(pdf)).contains(ref, referral.idempotencyKey(), "OFFICIAL-SENSITIVE"));
		}
		assertThat(json.writeValueAsString(receipt("housing", ref).fields())).contains(VICTIM_ADDRESS)
			.doesNotContain(SUSPECT_ACCOUNT);
		assertThat(json.writeValueAsString(receipt("marac", ref).fields())).contains(SUSPECT_ACCOUNT)
			.doesNotContain(VICTIM_ADDRESS);
		assertThat(json.writeValueAsString(receipt("advocacy", ref).fields())).doesNotContain(VICTIM_ADDRESS,
				SUSPECT_ACCOUNT);
		for (String name : List.of("marac", "housing", "advocacy")) {
			assertThat(json.writeValueAsString(receipt(name, ref).fields())).as(name).doesNotContain(VICTIM_EMAIL);
		}

		// the court: one mail over SMTP, with the stored application attached, shown and downloadable on its page
		Referral application = sent.get(ReferralPartner.COURT);
		List<ReceivedMail> mails = mailbox.received().stream().filter(m -> m.subject().contains(ref)).toList();
		assertThat(mails).as("the court's mails about the case").hasSize(1);
		ReceivedMail mail = mails.get(0);
		assertThat(mail.messageId()).isEqualTo("<referral-" + application.idempotencyKey() + "@spo.police.uk>");
		assertThat(mail.idempotencyKey()).isEqualTo(application.idempotencyKey());
		Map<String, Object> courtFields = json.readValue(mail.text(), new TypeReference<>() {
		});
		List<String> courtAllowed = AllowLists.fields(ReferralPartner.COURT, "SPO_APPLICATION");
		assertThat(AllowLists.factsIn(courtFields, courtAllowed)).isSubsetOf(courtAllowed)
			.contains("application.terms", "suspect.name");
		assertThat(mail.text()).doesNotContain(VICTIM_ADDRESS, VICTIM_PHONE, VICTIM_EMAIL, SUSPECT_ACCOUNT);
		assertThat(mail.attachments()).extracting(ReceivedMail.Attachment::fileName, ReceivedMail.Attachment::mediaType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ref + "-spo-application-v1.pdf", "application/pdf"));
		HttpResponse<String> courtPage = browser.page("court");
		Matcher link = ATTACHMENT.matcher(courtPage.body().substring(courtPage.body().indexOf(ref + " SPO_APPLICATION")));
		assertThat(link.find()).as("the court's page links the mail's attachment").isTrue();
		HttpResponse<byte[]> pdf = browser.download("court", link.group(1));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(sha256(pdf.body())).as("the attachment is the application stored with the case")
			.isEqualTo(storedDocumentSha256(ref, "SPO_APPLICATION"));
		assertThat(text(pdf.body())).contains(ref, "OFFICIAL-SENSITIVE", "Not to contact the person protected by this order");

		// the court lists the full hearing and grants the order, from its page
		assertThat(browser.form("court", browser.page("court"), "court", Map.of("type", "HEARING_LISTED",
				"caseReference", ref, "hearingDate", LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).toString(),
				"hearingType", "FULL")).statusCode()).isEqualTo(303);
		settled(ref);
		assertThat(browser.form("court", browser.page("court"), "court",
				Map.of("type", "OUTCOME", "caseReference", ref, "outcome", "FULL_GRANTED", "untilFurtherOrder", "true"))
			.statusCode()).isEqualTo(303);
		settled(ref);

		// each partner answers its referral from its page: the form the page shows for that referral
		Map<String, String> answers = Map.of("marac", "ACCEPTED", "housing", "NEEDS_MORE_INFORMATION", "advocacy",
				"ACCEPTED");
		for (Map.Entry<String, String> answer : answers.entrySet()) {
			String name = answer.getKey();
			HttpResponse<String> page = browser.page(name);
			String referralId = receipt(name, ref).idempotencyKey();
			assertThat(page.body()).as(name + "'s page offers the answer to its referral")
				.contains("name=\"referralId\" value=\"" + referralId + "\"");
			HttpResponse<String> answered = browser.form(name, page, name, Map.of("type", "REFERRAL_ANSWERED",
					"referralId", referralId, "caseReference", ref, "answer", answer.getValue(), "note",
					"Answer from " + name));
			assertThat(answered.statusCode()).as(name + ": " + answered.body()).isEqualTo(303);
			assertThat(answered.headers().firstValue("Location"))
				.hasValue("/partners/simulated?sent=" + name + "+REFERRAL_ANSWERED");
		}
		settled(ref);

		// the case: the order granted by the court, the answers on its timeline and on the referrals
		assertThat(jdbc.queryForList("select concat(concat(o.kind, ':'), o.status) from protective_order o "
				+ "join case_file c on c.id = o.case_id where c.reference = ?", String.class, ref))
			.containsExactly("FULL:GRANTED");
		assertThat(storedDocumentSha256(ref, "FULL_SPO")).as("the full order produced on the outcome").isNotNull();
		Map<ReferralPartner, Referral> after = referralsOf(ref);
		assertThat(after.get(ReferralPartner.MARAC).status()).isEqualTo(ReferralStatus.ANSWERED);
		assertThat(after.get(ReferralPartner.HOUSING).status()).isEqualTo(ReferralStatus.ANSWERED);
		assertThat(after.get(ReferralPartner.ADVOCACY).status()).isEqualTo(ReferralStatus.ANSWERED);
		assertThat(after.get(ReferralPartner.COURT).status()).as("the court answers with its outcome")
			.isEqualTo(ReferralStatus.SENT);
		List<Map<String, Object>> timeline = timeline(ref);
		assertThat(timeline).filteredOn(e -> "REFERRAL_SENT".equals(e.get("kind"))).hasSize(4);
		assertThat(timeline).filteredOn(e -> "FULL_SPO_GRANTED".equals(e.get("kind")))
			.singleElement()
			.satisfies(e -> assertThat(e.get("actor")).isEqualTo("court"));
		assertThat(timeline).filteredOn(e -> "REFERRAL_ANSWERED".equals(e.get("kind")))
			.extracting(e -> e.get("actor") + ": " + e.get("summary"))
			.containsExactlyInAnyOrder(
					"marac: Referral (" + after.get(ReferralPartner.MARAC).purpose()
							+ ") answered by marac: accepted. Note: Answer from marac",
					"housing: Referral (" + after.get(ReferralPartner.HOUSING).purpose()
							+ ") answered by housing: needs more information. Note: Answer from housing",
					"advocacy: Referral (" + after.get(ReferralPartner.ADVOCACY).purpose()
							+ ") answered by advocacy: accepted. Note: Answer from advocacy");
		// nothing went twice: still one receipt per partner and one mail to the court
		for (String name : List.of("marac", "housing", "advocacy")) {
			assertThat(receipt(name, ref).deliveries()).as(name + " deliveries at the end").isEqualTo(1);
		}
		assertThat(mailbox.received().stream().filter(m -> m.subject().contains(ref))).hasSize(1);
	}

	/** Waits for the task (the step before may end in a job), works it through its form, waits for its jobs. */
	private void work(TaskWorker worker, String ref, String taskKey, Map<String, Object> values) {
		await().atMost(DELIVERY)
			.until(() -> tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(taskKey).count() == 1);
		worker.complete(ref, taskKey, values);
		settled(ref);
	}

	/** Until the job executor has run every job of the case's processes that is due (deliveries, documents). */
	private void settled(String ref) {
		await().atMost(DELIVERY).until(() -> {
			List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).list().stream()
				.map(ProcessInstance::getId)
				.toList();
			return instances.isEmpty()
					|| management.createJobQuery().processInstanceIds(new HashSet<>(instances)).executable().count() == 0;
		});
	}

	private Map<ReferralPartner, Referral> referralsOf(String ref) {
		Map<ReferralPartner, Referral> byPartner = new java.util.EnumMap<>(ReferralPartner.class);
		referrals.findByCaseIdOrderByCreatedAt(cases.byReference(ref).orElseThrow().id())
			.forEach(referral -> assertThat(byPartner.put(referral.partner(), referral))
				.as("a second referral to " + referral.partner())
				.isNull());
		return byPartner;
	}

	private ReceivedReferral receipt(String partner, String ref) {
		return receipts.of(partner).stream().filter(r -> ref.equals(r.caseReference())).findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> timeline(String ref) {
		Map<String, Object> summary = http.withBasicAuth("supervisor", "demo").getForObject("/api/cases/" + ref, Map.class);
		return (List<Map<String, Object>>) summary.get("timeline");
	}

	@SuppressWarnings("unchecked")
	private String storedDocumentSha256(String ref, String type) {
		List<Map<String, Object>> listed = http.withBasicAuth("investigator", "demo")
			.getForObject("/api/cases/" + ref + "/documents", List.class);
		return listed.stream().filter(d -> type.equals(d.get("type"))).map(d -> (String) d.get("sha256"))
			.findFirst().orElse(null);
	}

	private String report() {
		String body = """
				{"reporterType":"VICTIM","immediateDanger":false,
				 "victim":{"name":"Robin Larkspur","address":"%s","phone":"%s","email":"%s",
				           "safeContact":{"method":"PHONE","safeTimes":"weekday evenings","voicemailSafe":false}},
				 "suspect":{"name":"Drew Watcher %s","description":"often in a grey van","address":"3 Mill Road, Luton",
				            "onlineAccounts":["%s"]},
				 "relationship":"EX_PARTNER",
				 "incidents":[{"occurredOn":"2026-10-03","behaviour":"FOLLOWING","description":"followed from work"},
				              {"occurredOn":"2026-10-11","behaviour":"THREATS","description":"threatening messages"}],
				 "consentToPartnerReferral":true}""".formatted(VICTIM_ADDRESS, VICTIM_PHONE, VICTIM_EMAIL,
				UUID.randomUUID(), SUSPECT_ACCOUNT);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		var answer = http.postForEntity("/api/reports", new HttpEntity<>(body, headers), Map.class);
		assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
		return (String) answer.getBody().get("reference");
	}

	private static String name(ReferralPartner partner) {
		return partner.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The PDF's text with each run of white space as one space: a line may break inside a phrase. */
	private static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException e) {
			throw new AssertionError("not a readable PDF", e);
		}
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
