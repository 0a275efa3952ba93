package uk.police.spo.partners.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.police.spo.SpoCaseApplication;
import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.Relationship;
import uk.police.spo.cases.ReporterType;
import uk.police.spo.partners.LegalBasis;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralPartner;
import uk.police.spo.partners.ReferralRepository;
import uk.police.spo.partners.ReferralStatus;
import uk.police.spo.support.PartnerServers;
import uk.police.spo.support.TestDatabase;

/**
 * Two application nodes on one database, both job executors running: each referral reaches its partner once, because
 * the job executor's row lock lets one node take a job. Runs in a JVM of its own (Camunda's static engine registry).
 */
class TwoNodeDeliveryTests {

	static final int REFERRALS = 24;

	@Test
	void twoNodesOnOneDatabaseDeliverEachReferralOnce() {
		TestDatabase.Schema schema = TestDatabase.newSchema();
		// slow enough that both nodes' executors are busy at once
		PartnerServers.http().stubFor(post(urlPathEqualTo("/marac/referrals"))
			.willReturn(okJson("{\"acknowledgementId\":\"M\"}").withFixedDelay(50)));
		try (ConfigurableApplicationContext first = node(schema, "node-a");
				ConfigurableApplicationContext second = node(schema, "node-b")) {
			ReferralRepository referrals = first.getBean(ReferralRepository.class);
			List<UUID> ids = new ArrayList<>();
			for (int i = 0; i < REFERRALS; i++) {
				CaseFile caseFile = newCase(first, i);
				Referral marac = referrals.saveAndFlush(Referral.queue(caseFile.id(), ReferralPartner.MARAC,
						"HIGH_RISK_CONFERENCE", LegalBasis.MARAC_HIGH_RISK, Instant.now()));
				ids.add(marac.id());
				// half the send steps started on each node: either node's executor may take any job
				(i % 2 == 0 ? first : second).getBean(RuntimeService.class)
					.startProcessInstanceByKey(ReferralResends.PROCESS, caseFile.reference(),
							Map.of("referralId", marac.id().toString(), "caseId", caseFile.id().toString()));
			}

			await().atMost(Duration.ofMinutes(2))
				.until(() -> ids.stream()
					.allMatch(id -> referrals.findById(id).orElseThrow().status() == ReferralStatus.SENT));

			List<LoggedRequest> received = PartnerServers.http()
				.findAll(postRequestedFor(urlPathEqualTo("/marac/referrals")));
			assertThat(received).extracting(request -> request.getHeader("Idempotency-Key"))
				.containsExactlyInAnyOrderElementsOf(ids.stream().map(UUID::toString).toList());
			assertThat(ids).allSatisfy(id -> assertThat(referrals.findById(id).orElseThrow().attempts()).isOne());
		}
	}

	/**
	 * A case of its own for each referral: deliveries for one case from several process instances at once contend for
	 * the case's row (its timeline), which is not what this test measures (see docs/partners.md).
	 */
	private static CaseFile newCase(ConfigurableApplicationContext node, int number) {
		CaseFile newCase = new CaseFile("SH-2026-9%05d".formatted(number), ReporterType.VICTIM, false,
				Relationship.UNKNOWN, false, Instant.now());
		newCase.assignTo("NORTH");
		return node.getBean(CaseRecords.class).register(newCase);
	}

	private static ConfigurableApplicationContext node(TestDatabase.Schema schema, String name) {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=mysql", "--server.port=0",
				"--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.job-execution.enabled=true",
				"--spring.datasource.url=" + schema.url(), "--spring.datasource.username=" + schema.user(),
				"--spring.datasource.password=" + schema.password(), "--spo.identity.demo-users=true",
				"--spo.crypto.keys=test-current:c3BvLXRlc3Qtb25seS1kYXRhLWtleS1jdXJyZW50LTE=",
				"--spo.crypto.current-key=test-current", "--spo.retention.scheduling-enabled=false"));
		Map<String, Object> partners = new LinkedHashMap<>(PartnerServers.arguments());
		// a loaded machine must not turn a slow answer into a second delivery: that is a time-out's effect, not the
		// job executor's (docs/partners.md, at least once)
		partners.put("spo.partners.marac.read-timeout", "60s");
		partners.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(SpoCaseApplication.class).run(arguments.toArray(String[]::new));
	}

}
