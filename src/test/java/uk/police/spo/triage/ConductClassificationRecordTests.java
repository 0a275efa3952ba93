package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.lifecycle.TaskWorker;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/**
 * Triage's classification as the Home Office Counting Rules record it, on the MySQL-compatible server: the course of
 * conduct and the most serious other offences, each with its crime reference, and the explicit answers, stored with
 * the case and shown in the case JSON and on the case page; a case classified before they were asked shows them as
 * not recorded.
 */
class ConductClassificationRecordTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bothClassificationsAndTheExplicitAnswersAreKeptWithTheCaseAndShown() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		TaskWorker worker = new TaskWorker(http, tasks);
		worker.complete(reference, "Task_ConfirmDetails", Map.of("safeContactMethod", "PHONE"));
		Map<String, Object> answers = new java.util.HashMap<>(Map.of("stalkingQuestion", "YES", "fixated", "YES",
				"obsessive", "NOT_KNOWN", "unwanted", "YES", "repeated", "YES", "classification", "STALKING_8Q",
				"stalkingWithoutFourReason", "Fixation shown by daily messages; obsession not yet explored",
				"conductCrimeReference", "41/12345/26", "otherOffence", "CRIMINAL_DAMAGE",
				"otherOffenceCrimeReference", "41/12346/26"));
		answers.putAll(Map.of("otherOffence2", "THREATS_TO_KILL", "otherOffence2CrimeReference", "41/12347/26"));
		worker.complete(reference, "Task_ClassifyConduct", answers);
		worker.complete(reference, "Task_ScreenRisk", Map.of("dashStalkingQuestion", "NO", "yesAnswers", 5L));

		assertThat(jdbc.queryForMap("select classification, classification_crime_reference, stalking_question, "
				+ "four_fixated, four_obsessive, four_unwanted, four_repeated from case_file where reference = ?",
				reference))
			.containsEntry("classification", "STALKING_8Q")
			.containsEntry("classification_crime_reference", "41/12345/26")
			.containsEntry("stalking_question", "YES")
			.containsEntry("four_obsessive", "NOT_KNOWN")
			.containsEntry("four_repeated", "YES");
		assertThat(jdbc.queryForList("select o.position, o.offence, o.crime_reference from case_other_offence o "
				+ "join case_file c on c.id = o.case_id where c.reference = ? order by o.position", reference))
			.containsExactly(Map.of("position", 0, "offence", "CRIMINAL_DAMAGE", "crime_reference", "41/12346/26"),
					Map.of("position", 1, "offence", "THREATS_TO_KILL", "crime_reference", "41/12347/26"));
		assertThat(jdbc.queryForObject("select risk_assessment.stalking_question from risk_assessment join case_file c "
				+ "on c.id = risk_assessment.case_id where c.reference = ?", String.class, reference)).isEqualTo("NO");
		// the reason is the officer's own words: a case note, encrypted, not a process variable
		assertThat(jdbc.queryForObject("select n.body from case_note n join case_file c on c.id = n.case_id"
				+ " where c.reference = ? and n.field = 'stalkingWithoutFourReason'", String.class, reference))
			.startsWith("v1:")
			.doesNotContain("daily messages");
		Map<String, Object> classification = new java.util.HashMap<>(Map.of("courseOfConduct", "STALKING_8Q",
				"courseOfConductCrimeReference", "41/12345/26", "otherOffence", "CRIMINAL_DAMAGE",
				"otherOffenceCrimeReference", "41/12346/26", "stalkingQuestion", "YES", "fixated", "YES", "obsessive",
				"NOT_KNOWN", "unwanted", "YES", "repeated", "YES"));
		classification.put("otherOffences", List.of(
				Map.of("offence", "CRIMINAL_DAMAGE", "crimeReference", "41/12346/26"),
				Map.of("offence", "THREATS_TO_KILL", "crimeReference", "41/12347/26")));
		assertThat(summary(reference).get("classification")).isEqualTo(classification);
		assertThat(page(reference)).contains("Stalking 8q", "41/12345/26",
				"Criminal damage, crime reference 41/12346/26; Threats to kill, crime reference 41/12347/26",
				"Fixated: Yes; obsessive: Not known; unwanted: Yes; repeated: Yes");
	}

	@Test
	void aCaseClassifiedBeforeTheAnswersWereAskedShowsThemAsNotRecorded() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
		jdbc.update("update case_file set classification = 'HARASSMENT_8L', risk_level = 'STANDARD' where reference = ?",
				reference);

		// the JSON leaves out what is not recorded
		assertThat(summary(reference).get("classification")).isEqualTo(Map.of("courseOfConduct", "HARASSMENT_8L"));
		assertThat(page(reference)).contains("Harassment 8l", "Not recorded");
	}

	private Map<String, Object> summary(String reference) {
		return http.withBasicAuth("triage", "demo").getForObject("/api/cases/" + reference, Map.class);
	}

	private String page(String reference) {
		return http.withBasicAuth("triage", "demo").getForObject("/cases/" + reference, String.class);
	}

}
