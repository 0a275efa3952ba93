package uk.police.spo.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/** The investigation records and corrects the suspect's date of birth on the MySQL-compatible server. */
class SuspectDateOfBirthApiTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInvestigatorRecordsAndThenCorrectsTheSuspectsDateOfBirthAuditedAndOnTheTimeline() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);

		assertThat(put(reference, "investigator", Map.of("dateOfBirth", "1990-05-01")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(suspectDatesOfBirth(reference)).containsExactly(LocalDate.of(1990, 5, 1));
		assertThat(put(reference, "supervisor", Map.of("dateOfBirth", "1991-06-02")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		assertThat(suspectDatesOfBirth(reference)).containsExactly(LocalDate.of(1991, 6, 2));
		assertThat(jdbc.queryForList("select action, field_names, purpose from audit_entry where case_reference = ?"
				+ " and purpose like 'suspect%' order by seq_no", reference))
			.extracting(r -> r.get("action") + " " + r.get("field_names") + " " + r.get("purpose"))
			.containsExactly("ALTER suspect.dateOfBirth suspect's date of birth recorded",
					"ALTER suspect.dateOfBirth suspect's date of birth corrected");
		assertThat(timeline(reference)).contains("The investigation recorded the suspect's date of birth",
				"The investigation corrected the suspect's date of birth")
			.noneMatch(summary -> summary.contains("1990") || summary.contains("1991"));
	}

	@Test
	void aDateInTheFutureMoreThan120YearsAgoOrNotADateIsRefusedAndNothingIsStored() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

		for (Object refused : List.of(today.plusDays(1).toString(), today.minusYears(120).minusDays(1).toString(),
				"01/05/1990", "", 19900501)) {
			ResponseEntity<Map> answer = put(reference, "investigator", Map.of("dateOfBirth", refused));
			assertThat(answer.getStatusCode()).as(String.valueOf(refused)).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat((List<Map<String, String>>) answer.getBody().get("errors")).extracting(e -> e.get("field"))
				.containsExactly("dateOfBirth");
		}
		assertThat(put(reference, "investigator", Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		assertThat(suspectDatesOfBirth(reference)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_reference = ? and action = 'ALTER'",
				Integer.class, reference)).isZero();
		assertThat(put(reference, "investigator", Map.of("dateOfBirth", today.minusYears(120).toString()))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void onlyTheInvestigationOfTheCasesUnitRecordsIt() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		Map<String, Object> dateOfBirth = Map.of("dateOfBirth", "1990-05-01");

		assertThat(put(reference, "investigator-south", dateOfBirth).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(put("SH-2026-999999", "investigator", dateOfBirth).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(put(reference, "triage", dateOfBirth).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(put(reference, "court", dateOfBirth).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(suspectDatesOfBirth(reference)).isEmpty();
	}

	private ResponseEntity<Map> put(String reference, String user, Map<String, ?> body) {
		return http.withBasicAuth(user, "demo")
			.exchange("/api/cases/" + reference + "/suspect/date-of-birth", HttpMethod.PUT, TestCases.json(body),
					Map.class);
	}

	private List<LocalDate> suspectDatesOfBirth(String reference) {
		return jdbc.queryForList("select p.date_of_birth from case_person p join case_file c on c.id = p.case_id"
				+ " where c.reference = ? and p.role = 'SUSPECT'", java.sql.Date.class, reference)
			.stream()
			.map(date -> date == null ? null : date.toLocalDate())
			.toList();
	}

	private List<String> timeline(String reference) {
		return jdbc.queryForList("select summary from case_timeline_entry t join case_file c on c.id = t.case_id"
				+ " where c.reference = ?", String.class, reference);
	}

}
