package uk.police.spo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.MySqlCompatibleTest;

/** Registration links a case to earlier ones of the same victim (name and date of birth) or the same named suspect. */
class EarlierCasesTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSameVictimOrSuspectLinksTheNewCaseToTheEarlierOneAndFlagsARepeat() {
		String victim = "Victim " + UUID.randomUUID();
		String suspect = "Suspect " + UUID.randomUUID();
		String first = report(victim, "1990-04-01", suspect);
		String sameVictim = report(victim.toUpperCase(), "1990-04-01", "Someone " + UUID.randomUUID());
		String sameSuspect = report("Other " + UUID.randomUUID(), "1985-01-01", suspect);
		String namesakeBornElsewhen = report(victim, "1991-04-01", "Nobody " + UUID.randomUUID());

		assertThat(links(sameVictim)).containsExactly(first + ":SAME_VICTIM");
		assertThat(links(sameSuspect)).containsExactly(first + ":SAME_SUSPECT");
		assertThat(links(namesakeBornElsewhen)).isEmpty();
		assertThat(links(first)).isEmpty();
		assertThat(jdbc.queryForList("select t.summary from case_timeline_entry t join case_file c on c.id = t.case_id "
				+ "where c.reference = ? and t.kind = 'CASE_LINKED'", String.class, sameVictim))
			.containsExactly("Linked to an earlier case (same victim)");
	}

	@Test
	void theMatchingIsAuditedOnTheNewCaseAndOnEachEarlierCaseFoundByFieldNamesOnly() {
		String victim = "Victim " + UUID.randomUUID();
		String suspect = "Suspect " + UUID.randomUUID();
		String first = report(victim, "1990-04-01", suspect);
		assertThat(linkingReads(first)).containsExactly("victim.name,victim.dateOfBirth,suspect.name");

		String again = report(victim, "1990-04-01", suspect);
		String sameSuspect = report("Other " + UUID.randomUUID(), "1985-01-01", suspect);

		// "again" is an earlier case of the suspect's next report too
		assertThat(linkingReads(again)).containsExactly("victim.name,victim.dateOfBirth,suspect.name", "suspect.name");
		assertThat(linkingReads(sameSuspect)).containsExactly("victim.name,victim.dateOfBirth,suspect.name");
		// the earlier case: what matched, once for the case that matched both, once for the suspect's namesake
		assertThat(linkingReads(first)).containsExactly("victim.name,victim.dateOfBirth,suspect.name",
				"victim.name,victim.dateOfBirth,suspect.name", "suspect.name");
		assertThat(jdbc.queryForList("select concat(concat(actor, ' '), action) from audit_entry where purpose = ?",
				String.class, "linking earlier cases")).containsOnly("system CONSULT");
		assertThat(jdbc.queryForList("select field_names from audit_entry", String.class))
			.noneMatch(fields -> fields.contains(victim) || fields.contains(suspect) || fields.contains("1990"));
	}

	@Test
	void namesMatchWhateverTheirCaseAndSurroundingSpaceInAnyScript() {
		String suspect = "Σοφία Ωμέγα " + UUID.randomUUID();
		String first = report("Victim " + UUID.randomUUID(), "1990-04-01", suspect);
		String shouted = report("Other " + UUID.randomUUID(), "1985-01-01", "  " + suspect.toUpperCase() + " ");

		assertThat(links(shouted)).containsExactly(first + ":SAME_SUSPECT");
	}

	@Test
	void theMatchReadsPeopleThroughTheIndexNotEveryPersonOfEveryCase() {
		// MariaDB and MySQL name the index the plan uses; a full scan has none
		List<Map<String, Object>> plan = jdbc.queryForList(
				"explain select case_id from case_person where role = 'SUSPECT' and name_key = 'someone'");

		assertThat(plan).extracting(row -> row.get("key")).containsExactly("ix_case_person_role_name_key");
	}

	@Test
	void aReportWithNoNameToMatchOnReadsNothingAndIsNotAuditedAsLinking() {
		String anonymous = post("""
				{"reporterType":"VICTIM","victim":{"phone":"07700 900456","safeContact":{"method":"PHONE"}},
				 "incidents":[{"behaviour":"LOITERING"}]}""");

		assertThat(anonymous).isNotNull();
		assertThat(linkingReads(anonymous)).isEmpty();
	}

	/** The field names of the linking's audit entries on the case, oldest first. */
	private List<String> linkingReads(String reference) {
		return jdbc.queryForList("select field_names from audit_entry where case_reference = ? and purpose = ? "
				+ "order by seq_no", String.class, reference, "linking earlier cases");
	}

	private List<String> links(String reference) {
		return jdbc.queryForList("select concat(concat(e.reference, ':'), l.reason) from case_link l "
				+ "join case_file c on c.id = l.case_id join case_file e on e.id = l.linked_case_id where c.reference = ?",
				String.class, reference);
	}

	private String report(String victimName, String dateOfBirth, String suspectName) {
		String body = """
				{"reporterType":"VICTIM","victim":{"name":"%s","dateOfBirth":"%s","phone":"07700 900456",
				 "safeContact":{"method":"PHONE"}},"suspect":{"name":"%s"},
				 "incidents":[{"behaviour":"LOITERING"}]}""".formatted(victimName, dateOfBirth, suspectName);
		return post(body);
	}

	private String post(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		Map<?, ?> receipt = http.postForEntity("/api/reports", new HttpEntity<>(body, headers), Map.class).getBody();
		return (String) receipt.get("reference");
	}

}
