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
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		Map<?, ?> receipt = http.postForEntity("/api/reports", new HttpEntity<>(body, headers), Map.class).getBody();
		return (String) receipt.get("reference");
	}

}
