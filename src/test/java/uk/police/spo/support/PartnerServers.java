package uk.police.spo.support;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The partners for tests on the mysql profile: one real HTTP server (WireMock) taking MARAC's, housing's and
 * advocacy's referrals at {@code /<partner>/referrals} and one real SMTP server (GreenMail) taking the court's mail,
 * both on free ports for the whole test JVM. By default every partner takes every referral; a test that needs
 * another answer stubs it and calls {@link #reset()} after.
 */
public final class PartnerServers {

	public static final String FROM = "spo-referrals@force.test";

	public static final String COURT = "court@court.test";

	private static WireMockServer http;

	private static GreenMail smtp;

	private PartnerServers() {
	}

	public static synchronized WireMockServer http() {
		if (http == null) {
			http = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
			http.start();
			takeEverything();
		}
		return http;
	}

	public static synchronized GreenMail smtp() {
		if (smtp == null) {
			smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			smtp.start();
		}
		return smtp;
	}

	public static String signingKey(String partner) {
		return "test-" + partner + "-signing-key";
	}

	/** Every partner's transport for the application under test. */
	public static void register(DynamicPropertyRegistry registry) {
		arguments().forEach((name, value) -> registry.add(name, () -> value));
	}

	/** The same, as property names and values (for an application started with arguments). */
	public static Map<String, Object> arguments() {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (String partner : List.of("marac", "housing", "advocacy", "court")) {
			properties.put("spo.partners." + partner + ".endpoint",
					"http://127.0.0.1:" + http().port() + "/" + partner + "/referrals");
			properties.put("spo.partners." + partner + ".signing-key", signingKey(partner));
			properties.put("spo.partners." + partner + ".read-timeout", "8s");
		}
		properties.put("spo.partners.court.transport", "smtp");
		properties.put("spo.partners.court.smtp.host", "127.0.0.1");
		properties.put("spo.partners.court.smtp.port", smtp().getSmtp().getPort());
		properties.put("spo.partners.court.smtp.from", FROM);
		properties.put("spo.partners.court.smtp.to", COURT);
		properties.put("spo.partners.court.smtp.starttls", "false");
		return properties;
	}

	/** Back to every partner taking every referral, nothing received. */
	public static void reset() throws Exception {
		http().resetAll();
		takeEverything();
		smtp().purgeEmailFromAllMailboxes();
	}

	/**
	 * Runs the referrals' send jobs of the case's processes as the job executor would (the tests run with it off), until
	 * none is due.
	 */
	public static void deliverReferrals(RuntimeService runtime, ManagementService management, String caseReference) {
		for (int round = 0; round < 10; round++) {
			List<Job> due = runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(caseReference)
				.list()
				.stream()
				.flatMap(instance -> management.createJobQuery()
					.processInstanceId(instance.getId())
					.messages()
					.withRetriesLeft()
					.list()
					.stream())
				.toList();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
		throw new IllegalStateException("Referral jobs still due after 10 rounds");
	}

	private static void takeEverything() {
		http.stubFor(post(urlPathMatching("/[a-z]+/referrals")).willReturn(okJson("{\"acknowledgementId\":\"ACK-1\"}")));
	}

}
