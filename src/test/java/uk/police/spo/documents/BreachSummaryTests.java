package uk.police.spo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.breach.BreachRecords;
import uk.police.spo.breach.BreachSource;
import uk.police.spo.orders.ProtectiveOrder;
import uk.police.spo.orders.ProtectiveOrderRepository;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/**
 * The prosecutor's breach summary: the order and each offence recorded against it with its decisions, for the case's
 * unit, never the victim's contact details; a clear answer where there is nothing to summarise or no defendant named.
 */
class BreachSummaryTests extends MySqlCompatibleTest {

	static final String NAMED_SUSPECT = "\"suspect\":{\"name\":\"Dylan Ashcombe\"},";

	@Autowired
	TestRestTemplate http;

	@Autowired
	ProtectiveOrderRepository orders;

	@Autowired
	BreachRecords breaches;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOffenceAndItsDecisionsAreSummarisedAgainstTheOrderWithoutTheVictimsContactDetails() {
		String reference = report(NAMED_SUSPECT);
		UUID caseId = caseId(reference);
		UUID orderId = orders.save(ProtectiveOrder.full(caseId, LocalDate.now(ZoneId.of("Europe/London")), null, null))
			.id();
		UUID breach = breaches.reported(caseId, orderId, BreachSource.OFFICER, Instant.now().minusSeconds(3600));
		breaches.decided(breach, "41/12345/26", "ARRESTED", "CHARGED");
		UUID late = breaches.changeNotifiedLate(caseId, orderId, Instant.now().minusSeconds(1800));
		breaches.decided(late, "41/12346/26", "NOT_ARRESTED", "CHARGED");
		breaches.falseNotification(caseId, orderId, Instant.now().minusSeconds(900));

		ResponseEntity<byte[]> answer = http.withBasicAuth("investigator", "demo")
			.getForEntity("/api/cases/" + reference + "/breach-summary", byte[].class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		String text = PdfText.of(answer.getBody());
		assertThat(text).contains("Breach summary for the prosecutor", reference, "Dylan Ashcombe",
				"Breach of the order (section 8)", "41/12345/26", "arrested", "charged", "Reported by: officer",
				"Change of name or home address notified late (section 11)", "41/12346/26",
				"False information notified (section 11)");
		assertThat(text).doesNotContain(TestCases.NORTH_ADDRESS, "SG5 1JW", "07700 900456");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_reference = ? and purpose = ? "
				+ "and actor = 'investigator'", Integer.class, reference, "breach summary")).isEqualTo(1);
	}

	@Test
	void aCaseWithNoOffenceIsNotFoundAndOneWithoutADefendantsNameIsAConflictNamingWhatToDo() {
		String noBreach = report(NAMED_SUSPECT);
		String unnamed = report("");
		UUID caseId = caseId(unnamed);
		UUID orderId = orders.save(ProtectiveOrder.full(caseId, LocalDate.now(ZoneId.of("Europe/London")), null, null))
			.id();
		breaches.reported(caseId, orderId, BreachSource.OFFICER, Instant.now().minusSeconds(60));

		ResponseEntity<Map> none = http.withBasicAuth("investigator", "demo")
			.getForEntity("/api/cases/" + noBreach + "/breach-summary", Map.class);
		ResponseEntity<Map> noName = http.withBasicAuth("investigator", "demo")
			.getForEntity("/api/cases/" + unnamed + "/breach-summary", Map.class);
		ResponseEntity<Map> otherUnit = http.withBasicAuth("investigator-south", "demo")
			.getForEntity("/api/cases/" + unnamed + "/breach-summary", Map.class);

		assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) none.getBody().get("detail")).contains("records no offence against an order");
		assertThat(noName.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) noName.getBody().get("detail")).contains("record the suspect's name first");
		assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private String report(String suspect) {
		String body = """
				{"reporterType":"VICTIM","victim":{"address":"%s","phone":"07700 900456",
				 "safeContact":{"method":"PHONE"}},%s"incidents":[{"behaviour":"FOLLOWING"}]}"""
			.formatted(TestCases.NORTH_ADDRESS, suspect);
		return (String) http.postForEntity("/api/reports", TestCases.json(body), Map.class).getBody().get("reference");
	}

	private UUID caseId(String reference) {
		return UUID.fromString(jdbc.queryForObject("select id from case_file where reference = ?", String.class,
				reference));
	}

}
