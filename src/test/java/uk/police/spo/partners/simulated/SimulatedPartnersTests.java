package uk.police.spo.partners.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.orders.ProtectiveOrderRepository;
import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.partners.ReferralRepository;
import uk.police.spo.partners.ReferralStatus;
import uk.police.spo.support.ApplicationBeforeTheCourt;
import uk.police.spo.support.OrderUnderMonitoring;

/**
 * The embedded default's simulated partners over real protocols: signed HTTP referrals, SMTP, and the staff page that
 * answers back through the inbound API. Runs the default profile (H2, demo users) in a JVM of its own (pom.xml).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:simulated-partners;DB_CLOSE_DELAY=-1",
				"spo.crypto.local-key-file=target/simulated-partners/data-key",
				"spo.investigation.evidence.directory=target/simulated-partners/evidence",
				"camunda.bpm.job-execution.enabled=false", "spo.intake.rate-limit.capacity=400" })
class SimulatedPartnersTests {

	static final int SMTP_PORT = freePort();

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry properties) {
		properties.add("spo.partners.simulated.smtp-port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	ReferralRepository referrals;

	@Autowired
	CaseRecords cases;

	@Autowired
	ProtectiveOrderRepository orders;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void aSignedReferralIsAcknowledgedTheSameWayEachTimeAndAWrongSignatureIsRefused() throws Exception {
		String key = UUID.randomUUID().toString();
		byte[] body = "{\"referralId\":\"x\",\"caseReference\":\"SH-2026-000001\",\"kind\":\"SUPPORT\"}"
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> first = referral("housing", key, body, "demo-signing-key-housing");
		HttpResponse<String> again = referral("housing", key, body, "demo-signing-key-housing");
		HttpResponse<String> otherKey = referral("housing", UUID.randomUUID().toString(), body, "demo-signing-key-housing");
		HttpResponse<String> wrongKey = referral("housing", UUID.randomUUID().toString(), body, "demo-signing-key-marac");
		HttpResponse<String> unsigned = send(HttpRequest.newBuilder(url("/simulated-partners/housing/referrals"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));

		assertThat(first.statusCode()).isEqualTo(200);
		String acknowledgement = (String) json.readValue(first.body(), Map.class).get("acknowledgementId");
		assertThat(acknowledgement).matches("SIM-housing-\\d+");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json.readValue(again.body(), Map.class)).containsEntry("acknowledgementId", acknowledgement);
		assertThat(json.readValue(otherKey.body(), Map.class).get("acknowledgementId")).isNotEqualTo(acknowledgement);
		assertThat(wrongKey.statusCode()).isEqualTo(401);
		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(page("housing").body()).contains(key).contains(acknowledgement).contains("<dt>Deliveries</dt><dd>2</dd>");
	}

	@Test
	void theSmtpServerKeepsTheCourtsMailAndItsAttachmentIsDownloadable() throws Exception {
		String referralId = UUID.randomUUID().toString();
		byte[] pdf = ("%PDF-1.7 application " + referralId).getBytes(StandardCharsets.US_ASCII);
		mail(referralId, "{\"referralId\":\"" + referralId + "\",\"caseReference\":\"SH-2026-000777\"}", pdf);

		String asCourt = page("court").body();
		Matcher link = Pattern.compile("href=\"(/partners/simulated/mail/\\d+/attachments/1)\"").matcher(asCourt);

		assertThat(asCourt).contains("SPO referral SH-2026-000777 SPO_APPLICATION")
			.contains("&lt;referral-" + referralId + "@spo.police.uk&gt;")
			.contains(referralId)
			.contains("spo-application.pdf");
		assertThat(link.find()).isTrue();
		HttpResponse<byte[]> download = browser().download("court", link.group(1));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("spo-application.pdf");
		assertThat(browser().download("marac", link.group(1)).statusCode()).isEqualTo(404);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'court' and action = 'CONSULT' "
				+ "and case_reference = 'SH-2026-000777' and field_names like '%partnerReferral.attachment%'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void thePageShowsMaracItsReferralAndItsAnswerFormAnswersItThroughTheInboundApi() throws Exception {
		String reference = report();
		Referral referral = Referral.queue(cases.byReference(reference).orElseThrow().id(), ReferralPartner.MARAC,
				"HIGH_RISK_CONFERENCE", LegalBasis.MARAC_HIGH_RISK, Instant.now());
		referral.sent(null, Instant.now());
		referrals.save(referral);
		assertThat(referral("marac", referral.id().toString(), json.writeValueAsBytes(Map.of("referralId",
				referral.id().toString(), "caseReference", reference, "partner", "MARAC", "kind", "HIGH_RISK_CONFERENCE")),
				"demo-signing-key-marac").statusCode()).isEqualTo(200);

		HttpResponse<String> page = page("marac");
		assertThat(page.body()).contains(referral.id().toString()).contains(reference).contains("HIGH_RISK_CONFERENCE")
			.contains("Send REFERRAL_ANSWERED").doesNotContain("id=\"court\"");
		HttpResponse<String> sent = form("marac", page, "marac", Map.of("type", "REFERRAL_ANSWERED", "referralId",
				referral.id().toString(), "caseReference", reference, "answer", "ACCEPTED", "note", "Listed for 9 December."));

		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
		assertThat(sent.headers().firstValue("Location")).hasValue("/partners/simulated?sent=marac+REFERRAL_ANSWERED");
		assertThat(referrals.findById(referral.id()).orElseThrow().status()).isEqualTo(ReferralStatus.ANSWERED);
		assertThat(jdbc.queryForList("select t.summary from case_timeline_entry t join case_file c on c.id = t.case_id "
				+ "where c.reference = ? and t.kind = 'REFERRAL_ANSWERED'", String.class, reference))
			.containsExactly("Referral (HIGH_RISK_CONFERENCE) answered by marac: accepted. Note: Listed for 9 December.");
		assertThat(jdbc.queryForList("select actor from audit_entry where case_reference = ? and action = 'ALTER'",
				String.class, reference)).containsExactly("marac");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'marac' and action = 'CONSULT' "
				+ "and case_reference = ? and purpose = 'simulated partner page'", Integer.class, reference)).isEqualTo(1);
	}

	@Test
	void housingDownloadsItsReferralsLetterAndReportsAnIncidentFromThePage() throws Exception {
		String reference = report();
		Referral referral = Referral.queue(cases.byReference(reference).orElseThrow().id(), ReferralPartner.HOUSING,
				"SAFE_ACCOMMODATION", LegalBasis.CONSENT, Instant.now());
		referral.sent(null, Instant.now());
		referrals.save(referral);
		byte[] pdf = ("%PDF-1.7 letter " + referral.id()).getBytes(StandardCharsets.US_ASCII);
		String fileName = reference + "-housing-referral-letter.pdf";
		assertThat(referral("housing", referral.id().toString(), json.writeValueAsBytes(Map.of("referralId",
				referral.id().toString(), "caseReference", reference, "partner", "HOUSING", "kind", "SAFE_ACCOMMODATION",
				"letter", Map.of("contentType", "application/pdf", "fileName", fileName, "base64",
						java.util.Base64.getEncoder().encodeToString(pdf)))), "demo-signing-key-housing").statusCode())
			.isEqualTo(200);

		HttpResponse<String> page = page("housing");
		Matcher link = Pattern.compile("href=\"(/partners/simulated/housing/referrals/" + referral.id() + "/letter)\"")
			.matcher(page.body());
		assertThat(page.body()).contains(fileName).doesNotContain(java.util.Base64.getEncoder().encodeToString(pdf))
			.contains("Send INCIDENT_REPORTED");
		assertThat(link.find()).isTrue();
		HttpResponse<byte[]> download = browser().download("housing", link.group(1));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains(fileName);
		assertThat(browser().download("marac", link.group(1)).statusCode()).isEqualTo(404);

		HttpResponse<String> sent = form("housing", page, "housing", Map.of("type", "INCIDENT_REPORTED",
				"caseReference", reference, "behaviour", "WATCHING", "description", "Parked opposite the refuge."));

		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
		assertThat(jdbc.queryForList("select t.summary from case_timeline_entry t join case_file c on c.id = t.case_id "
				+ "where c.reference = ? and t.kind = 'INCIDENT_REPORTED'", String.class, reference))
			.containsExactly("New incident reported by housing (WATCHING): triage assesses the risk");
	}

	@Test
	void theCourtsListingAndBreachFormsDriveTheProcesses() throws Exception {
		String applied = report();
		ApplicationBeforeTheCourt.start(runtime, cases, jdbc, applied);
		String ordered = report();
		OrderUnderMonitoring.start(runtime, cases, orders, ordered);
		String servedAt = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES).toString();
		assertThat(post("/api/cases/" + ordered + "/messages/OrderServed", "offender", Map.of("servedAt", servedAt))
			.statusCode()).isEqualTo(202);
		String oneHourAgo = LocalDateTime.now(ZoneId.of("Europe/London")).minusHours(1).truncatedTo(ChronoUnit.MINUTES)
			.toString();

		// each form from the page as the browser shows it again after the last one was sent
		HttpResponse<String> listed = form("court", page("court"), "court", Map.of("type", "HEARING_LISTED",
				"caseReference", applied, "hearingDate", LocalDate.now().plusDays(10).toString(), "hearingType", "INTERIM"));
		HttpResponse<String> breach = form("court", page("court"), "court",
				Map.of("type", "BREACH_REPORTED", "caseReference", ordered, "occurredAt", oneHourAgo));

		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(303);
		assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(applied).activityId("Task_AwaitCourtOutcome")
			.count()).isEqualTo(1);
		assertThat(breach.statusCode()).as(breach.body()).isEqualTo(303);
		String monitoring = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ordered)
			.processDefinitionKey("orderMonitoring").singleResult().getId();
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(monitoring)
			.activityId("Task_RecordBreachReport").finished().count()).isEqualTo(1);
		assertThat(jdbc.queryForList("select b.reported_by from order_breach b join case_file c on c.id = b.case_id "
				+ "where c.reference = ?", String.class, ordered)).containsExactly("COURT");
	}

	@Test
	void aPartnerAnswersOnlyAsItselfARefusalIsShownAndThePageNeedsALoginAndRunsNoScript() throws Exception {
		String reference = report();
		HttpResponse<String> asMarac = page("marac");
		HttpResponse<String> asSupervisor = page("supervisor");
		HttpResponse<String> asOfficer = page("investigator");
		HttpResponse<String> anonymous = send(HttpRequest.newBuilder(url("/partners/simulated")).GET());

		HttpResponse<String> courtsForm = form("marac", asMarac, "court",
				Map.of("type", "HEARING_LISTED", "caseReference", reference, "hearingDate", "2027-01-01", "hearingType", "FULL"));
		HttpResponse<String> notWaiting = form("court", page("court"), "court",
				Map.of("type", "HEARING_LISTED", "caseReference", reference, "hearingDate", "2027-01-01", "hearingType", "FULL"));
		HttpResponse<String> noToken = send(HttpRequest.newBuilder(url("/partners/simulated/court/messages"))
			.header("Authorization", basic("court"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("type=HEARING_LISTED&caseReference=" + reference)));

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(asOfficer.statusCode()).isEqualTo(403);
		assertThat(asSupervisor.body()).contains("id=\"court\"", "id=\"marac\"", "id=\"housing\"", "id=\"advocacy\"")
			.doesNotContain("<form");
		assertThat(asMarac.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'")
			.doesNotContain("script-src");
		assertThat(asMarac.body()).doesNotContain("<script").doesNotContain("id=\"court\"");
		assertThat(courtsForm.statusCode()).isEqualTo(403);
		assertThat(notWaiting.statusCode()).isEqualTo(409);
		assertThat(notWaiting.body()).contains("is not waiting for HEARING_LISTED");
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(reference).messageEventSubscriptionName(
				"CourtHearingListed").count()).isZero();
	}

	private HttpResponse<String> referral(String partner, String idempotencyKey, byte[] body, String signingKey)
			throws Exception {
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		return send(HttpRequest.newBuilder(url("/simulated-partners/" + partner + "/referrals"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", idempotencyKey)
			.header("X-Spo-Timestamp", timestamp)
			.header("X-Signature", ReferralSignature.sign(signingKey, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private void mail(String referralId, String text, byte[] pdf) throws MessagingException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(SMTP_PORT));
		Session session = Session.getInstance(properties);
		MimeMessage message = new MimeMessage(session) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", "<referral-" + referralId + "@spo.police.uk>");
			}
		};
		message.setFrom(new InternetAddress("spo-referrals@police.example"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("listings@court.example"));
		message.setSubject("SPO referral SH-2026-000777 SPO_APPLICATION");
		message.setHeader("Idempotency-Key", referralId);
		MimeBodyPart json = new MimeBodyPart();
		json.setText(text, "UTF-8");
		MimeBodyPart attachment = new MimeBodyPart();
		attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
		attachment.setFileName("spo-application.pdf");
		attachment.setDisposition(MimeBodyPart.ATTACHMENT);
		message.setContent(new MimeMultipart(json, attachment));
		Transport.send(message);
	}

	private HttpResponse<String> page(String user) throws Exception {
		return browser().page(user);
	}

	private HttpResponse<String> form(String user, HttpResponse<String> page, String partner, Map<String, String> fields)
			throws Exception {
		return browser().form(user, page, partner, fields);
	}

	private HttpResponse<String> post(String path, String user, Object body) throws Exception {
		return send(HttpRequest.newBuilder(url(path))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
	}

	private String report() throws Exception {
		HttpResponse<String> created = send(HttpRequest.newBuilder(url("/api/reports"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"reporterType":"VICTIM","victim":{"address":"1 High Street, SG1 1AA","phone":"07700 900456",
					 "safeContact":{"method":"PHONE"}},"incidents":[{"behaviour":"LOITERING"}]}""")));
		return (String) json.readValue(created.body(), Map.class).get("reference");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return browser().send(request);
	}

	private URI url(String path) {
		return browser().url(path);
	}

	private static String basic(String user) {
		return SimulatedPartnerBrowser.basic(user);
	}

	private SimulatedPartnerBrowser browser() {
		return new SimulatedPartnerBrowser(port);
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
