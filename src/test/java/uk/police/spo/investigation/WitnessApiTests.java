package uk.police.spo.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.TestCases;

/** Witnesses of a case on the MySQL-compatible server: who may add and read them, what is stored and logged. */
class WitnessApiTests extends MySqlCompatibleTest {

	static final Map<String, String> WITNESS = Map.of("name", "Sam Witnessing", "phone", "07700 900321", "email",
			"sam@example.org", "address", "7 Lookout Lane, Hitchin SG4 9AA");

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInvestigatorAddsAWitnessWhoseContactDetailsAreEncryptedAndWhoseAdditionIsAudited() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);

		ResponseEntity<Map> added = add(reference, "investigator", WITNESS);

		assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(added.getBody()).containsEntry("name", "Sam Witnessing").containsEntry("phone", "07700 900321");
		List<Map<String, Object>> listed = http.withBasicAuth("supervisor", "demo")
			.getForObject("/api/cases/" + reference + "/witnesses", List.class);
		assertThat(listed).singleElement().satisfies(w -> assertThat(w).containsEntry("email", "sam@example.org"));

		Map<String, Object> row = jdbc.queryForMap("select p.* from case_person p join case_file c on c.id = p.case_id"
				+ " where c.reference = ? and p.role = 'WITNESS'", reference);
		assertThat(String.valueOf(row.get("phone"))).startsWith("v1:").doesNotContain("900321");
		assertThat(String.valueOf(row.get("email"))).startsWith("v1:").doesNotContain("sam@");
		assertThat(String.valueOf(row.get("address"))).startsWith("v1:").doesNotContain("Lookout");
		assertThat(jdbc.queryForList("select action, field_names, purpose from audit_entry where case_reference = ?"
				+ " and purpose like 'witness%' order by seq_no", reference))
			.extracting(r -> r.get("action") + " " + r.get("field_names") + " " + r.get("purpose"))
			.containsExactly("COLLECT witness.name,witness.phone,witness.email,witness.address witness recorded",
					"CONSULT witness.name,witness.phone,witness.email,witness.address witness list");
		assertThat(jdbc.queryForList("select summary from case_timeline_entry t join case_file c on c.id = t.case_id"
				+ " where c.reference = ?", String.class, reference))
			.contains("A witness was added to the investigation")
			.noneMatch(summary -> summary.contains("Sam") || summary.contains("Witnessing"));
	}

	@Test
	void aWitnessWithoutANameOrWithABadEmailIsRefusedAndNothingIsStored() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);

		ResponseEntity<Map> refused = add(reference, "investigator", Map.of("phone", "call me", "email", "not-an-email"));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
			.containsExactly("name", "phone", "email");
		assertThat(jdbc.queryForObject("select count(*) from case_person p join case_file c on c.id = p.case_id"
				+ " where c.reference = ? and p.role = 'WITNESS'", Integer.class, reference)).isZero();
	}

	@Test
	void onlyTheInvestigationOfTheCasesUnitReachesItsWitnesses() {
		String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);

		assertThat(add(reference, "investigator-south", WITNESS).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(add(reference, "triage", WITNESS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(add(reference, "court", WITNESS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth("investigator-south", "demo")
			.getForEntity("/api/cases/" + reference + "/witnesses", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.getForEntity("/api/cases/" + reference + "/witnesses", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private ResponseEntity<Map> add(String reference, String user, Map<String, String> witness) {
		return http.withBasicAuth(user, "demo")
			.postForEntity("/api/cases/" + reference + "/witnesses", TestCases.json(witness), Map.class);
	}

}
