package uk.police.spo.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.partners.ReferralRepository;
import uk.police.spo.partners.ReferralStatus;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.PartnerServers;
import uk.police.spo.support.TestCases;

/**
 * The audit log says the court was given the application when it was: lodging queues the referral and discloses
 * nothing; the send step's delivery to the court writes the DISCLOSE, naming the fields sent.
 */
class LodgingDisclosureTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	SpoApplications applications;

	@Autowired
	ReferralRepository referrals;

	@Autowired
	CaseRecords cases;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void partnersTakeEverything() throws Exception {
		PartnerServers.reset();
	}

	@Test
	void lodgingDisclosesNothingAndTheCourtsDeliveryDisclosesTheFieldsSent() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		CaseFile caseFile = cases.byReference(reference).orElseThrow();
		String applicationId = approvedApplication(caseFile);

		UUID referralId = applications.lodge(UUID.fromString(applicationId), reference);

		assertThat(disclosures(reference)).as("nothing has left the force yet").isEmpty();
		assertThat(jdbc.queryForList("select field_names from audit_entry where case_reference = ? and action = 'ALTER' "
				+ "and purpose like 'SPO application lodged%'", String.class, reference)).hasSize(1);
		assertThat(referrals.findById(referralId).orElseThrow().status()).isEqualTo(ReferralStatus.QUEUED);

		// the send step, as the application's process runs it
		runtime.startProcessInstanceByKey("referralResend", reference,
				Map.of("referralId", referralId.toString(), "caseId", caseFile.id().toString()));
		PartnerServers.deliverReferrals(runtime, management, reference);

		assertThat(referrals.findById(referralId).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
		assertThat(PartnerServers.smtp().getReceivedMessages()).hasSize(1);
		List<Map<String, Object>> disclosed = disclosures(reference);
		assertThat(disclosed).hasSize(1);
		assertThat(disclosed.get(0).get("purpose")).isEqualTo("referral to court");
		assertThat((String) disclosed.get(0).get("field_names")).contains("application.actsReasoning",
				"application.terms");
	}

	private String approvedApplication(CaseFile caseFile) {
		String applicationId = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("insert into spo_application (id, case_id, status, acts_associated, acts_reasoning, risk_associated, "
				+ "risk_reasoning, order_necessary, necessity_reasoning, youth_court, interim_wanted, until_further_order, "
				+ "decided_at, version) values (?, ?, 'APPROVED', true, ?, true, ?, true, ?, false, false, true, ?, 0)",
				applicationId, caseFile.id().toString(), "Repeated following", "Threats escalating",
				"Only an order will stop contact", now);
		return applicationId;
	}

	private List<Map<String, Object>> disclosures(String reference) {
		return jdbc.queryForList("select purpose, field_names from audit_entry where case_reference = ? "
				+ "and action = 'DISCLOSE'", reference);
	}

}
