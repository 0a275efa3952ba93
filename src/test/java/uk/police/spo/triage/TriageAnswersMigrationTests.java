package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An embedded H2 database from before V33 and V34: the risk checklist's stalking question kept as a box, and one other
 * offence kept on the case. V33 keeps a ticked box as YES and an unticked one as NOT_KNOWN; V34 moves the other
 * offence to the case's list of other offences, and NONE to no row.
 */
class TriageAnswersMigrationTests {

	SingleConnectionDataSource dataSource;

	JdbcTemplate jdbc;

	@BeforeEach
	void databaseAtV32() {
		dataSource = new SingleConnectionDataSource("jdbc:h2:mem:triage-" + UUID.randomUUID(), "sa", "", true);
		jdbc = new JdbcTemplate(dataSource);
		flyway("32").migrate();
		insertCase("c1", "SH-2026-000001", "CRIMINAL_DAMAGE", "41/12346/26");
		insertCase("c2", "SH-2026-000002", "NONE", null);
		insertCase("c3", "SH-2026-000003", null, null);
		insertAssessment("a1", "c1", true);
		insertAssessment("a2", "c2", false);
	}

	@AfterEach
	void closeDatabase() {
		dataSource.destroy();
	}

	@Test
	void theStalkingQuestionsBoxBecomesAnAnswerAndTheOtherOffenceAListOfOne() {
		flyway(null).migrate();

		assertThat(jdbc.queryForList("select id, stalking_question from risk_assessment order by id"))
			.containsExactly(Map.of("ID", "a1", "STALKING_QUESTION", "YES"),
					Map.of("ID", "a2", "STALKING_QUESTION", "NOT_KNOWN"));
		assertThat(jdbc.queryForList("select case_id, position, offence, crime_reference from case_other_offence"))
			.containsExactly(Map.of("CASE_ID", "c1", "POSITION", 0, "OFFENCE", "CRIMINAL_DAMAGE", "CRIME_REFERENCE",
					"41/12346/26"));
		assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name in "
				+ "('CASE_FILE', 'RISK_ASSESSMENT') and column_name in ('OTHER_OFFENCE', "
				+ "'OTHER_OFFENCE_CRIME_REFERENCE', 'STALKING_QUESTION_YES')", String.class)).isEmpty();
		jdbc.update("delete from case_file where id = 'c1'");
		assertThat(jdbc.queryForObject("select count(*) from case_other_offence", Integer.class)).isZero();
	}

	private Flyway flyway(String target) {
		var configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.placeholders(Map.of("default_unit", "NORTH"));
		return (target == null ? configuration : configuration.target(target)).load();
	}

	private void insertCase(String id, String reference, String otherOffence, String crimeReference) {
		jdbc.update("insert into case_file (id, reference, status, reporter_type, immediate_danger, relationship, "
				+ "consent_partner_referral, received_at, version, classification, stalking_question, other_offence, "
				+ "other_offence_crime_reference) values (?, ?, 'TRIAGED', 'VICTIM', false, 'EX_PARTNER', true, "
				+ "current_timestamp, 0, 'STALKING_8Q', ?, ?, ?)", id, reference, otherOffence == null ? null : "YES",
				otherOffence, crimeReference);
	}

	private void insertAssessment(String id, String caseId, boolean stalkingQuestionTicked) {
		jdbc.update("insert into risk_assessment (id, case_id, context, yes_answers, stalking_question_yes, "
				+ "screening_yes, victim_very_frightened, threats_of_violence, professional_judgement_high, "
				+ "incident_count, breach_of_order, risk_level, marac_referral, consider_spo, urgent_safeguarding, "
				+ "assessed_by, assessed_at) values (?, ?, 'TRIAGE', 3, ?, 0, false, false, false, 2, false, "
				+ "'STANDARD', false, false, false, 'triage', current_timestamp)", id, caseId, stalkingQuestionTicked);
	}

}
