package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import uk.police.spo.partners.PartnerReferrals;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/**
 * A supervisor asks for a case's summary: a PDF made from what the case records, archival and accessible, naming no
 * person and no contact detail, for the supervisors of the case's unit only, each read audited.
 */
class CaseSummaryTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	PartnerReferrals referrals;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theUnitsSupervisorGetsTheCaseAsItStandsWithItsReferralsAndNoPersonOrContactDetail() throws Exception {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		referrals.queueMarac(caseId(reference));

		ResponseEntity<byte[]> answer = http.withBasicAuth("supervisor", "demo")
			.getForEntity("/api/cases/" + reference + "/case-summary", byte[].class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo(reference + "-case-summary.pdf");
		String text = PdfText.of(answer.getBody());
		assertThat(text).contains("Case summary", reference, "North Hertfordshire", "Report received from",
				"MARAC, high risk conference: queued", "OFFICIAL-SENSITIVE");
		assertThat(text).doesNotContain(TestCases.NORTH_ADDRESS, "07700");
		assertThat(PdfConformance.failedRules(answer.getBody(), PDFAFlavour.PDFUA_1)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_reference = ? and purpose = ? "
				+ "and actor = 'supervisor' and action = 'CONSULT'", Integer.class, reference, "case summary"))
			.isEqualTo(1);
	}

	@Test
	void anOfficerIsRefusedAndAnotherUnitsOrAnUnknownCaseIsNotFound() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);

		ResponseEntity<String> officer = http.withBasicAuth("investigator", "demo")
			.getForEntity("/api/cases/" + reference + "/case-summary", String.class);
		ResponseEntity<Map> unknown = http.withBasicAuth("supervisor", "demo")
			.getForEntity("/api/cases/SH-1999-999999/case-summary", Map.class);

		assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody()).containsEntry("title", "Not found");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_reference = ? and purpose = ?",
				Integer.class, reference, "case summary")).isZero();
	}

	private UUID caseId(String reference) {
		return UUID.fromString(jdbc.queryForObject("select id from case_file where reference = ?", String.class,
				reference));
	}

}
