package uk.police.spo.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.police.spo.cases.CasePerson;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.PersonRole;
import uk.police.spo.cases.SafeContactMethod;
import uk.police.spo.support.MySqlCompatibleTest;

/**
 * On the MySQL-compatible server with the production profile: a victim's contact details reach the database only
 * encrypted, in the case tables and nowhere in the engine's, and come back in plaintext through JPA.
 */
class ContactEncryptionMySqlTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseRecords cases;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	HistoryService history;

	@Autowired
	Environment environment;

	@Autowired
	LegacyPlaintextEncryption legacyEncryption;

	/** A victim whose details occur nowhere else in the shared test schema. */
	record Victim(String name, String address, String phone, String email, String safeTimes, String suspectAddress) {

		static Victim unique() {
			String marker = HexFormat.of().formatHex(new byte[] { (byte) ThreadLocalRandom.current().nextInt(),
					(byte) ThreadLocalRandom.current().nextInt(), (byte) ThreadLocalRandom.current().nextInt() });
			String digits = String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
			return new Victim("Casey Cipher " + marker, "14 Cipher Close " + marker + ", Letchworth SG6 1AA",
					"07700 9" + digits, "casey." + marker + "@example.org", "Tuesdays after 18:40 " + marker,
					"3 Suspect Yard " + marker + ", Baldock");
		}

		List<String> contactDetails() {
			return List.of(address, phone, email, safeTimes, suspectAddress);
		}

		String json() {
			return """
					{"reporterType":"VICTIM","immediateDanger":false,
					 "victim":{"name":"%s","address":"%s","phone":"%s","email":"%s",
					           "safeContact":{"method":"PHONE","safeTimes":"%s","voicemailSafe":false}},
					 "suspect":{"name":"Sam Suspect","address":"%s"},
					 "relationship":"EX_PARTNER",
					 "incidents":[{"occurredOn":"2026-10-01","behaviour":"FOLLOWING","description":"followed home"},
					              {"occurredOn":"2026-10-03","behaviour":"CONTACT","description":"30 messages"}],
					 "consentToPartnerReferral":true}
					""".formatted(name, address, phone, email, safeTimes, suspectAddress);
		}

	}

	@Test
	void contactDetailsAreStoredEncryptedWithTheCurrentKeyAndReadBackInPlaintext() {
		Victim victim = Victim.unique();
		String reference = report(victim);

		List<Map<String, Object>> rows = people(reference);
		assertThat(rows).hasSize(2);
		for (Map<String, Object> row : rows) {
			assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
				.doesNotContain(victim.contactDetails()));
		}
		Map<String, Object> stored = victimRow(reference);
		assertThat(List.of(stored.get("address"), stored.get("phone"), stored.get("email"), stored.get("safe_times")))
			.allSatisfy(value -> assertThat((String) value).startsWith("v1:test-current:"));
		assertThat(stored.get("name")).as("names stay searchable in clear").isEqualTo(victim.name());

		CasePerson read = person(reference, PersonRole.VICTIM);
		assertThat(read.address()).isEqualTo(victim.address());
		assertThat(read.phone()).isEqualTo(victim.phone());
		assertThat(read.email()).isEqualTo(victim.email());
		assertThat(read.safeTimes()).isEqualTo(victim.safeTimes());
		assertThat(read.safeContactMethod()).isEqualTo(SafeContactMethod.PHONE);
		assertThat(person(reference, PersonRole.SUSPECT).address()).isEqualTo(victim.suspectAddress());
	}

	@Test
	void noTableOfTheCaseOrTheEngineHoldsTheContactDetails() {
		Victim victim = Victim.unique();
		String reference = report(victim);

		Map<String, List<String>> found = scanSchemaFor(victim.contactDetails(), victim.name());

		assertThat(found).as("the scan reads every text and binary column, the engine's included")
			.containsKeys("ACT_RU_VARIABLE.TEXT_", "ACT_RU_VARIABLE.TEXT2_", "ACT_HI_VARINST.TEXT_",
					"ACT_HI_VARINST.TEXT2_", "ACT_HI_DETAIL.TEXT_", "ACT_GE_BYTEARRAY.BYTES_", "case_person.address");
		assertThat(found.get("case_person.name")).as("the scan finds what is stored in clear")
			.containsExactly(victim.name());
		Map<String, List<String>> holding = found.entrySet()
			.stream()
			.filter(e -> e.getValue().stream().anyMatch(victim.contactDetails()::contains))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(holding).as("columns holding a contact detail").isEmpty();

		List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list();
		assertThat(instances).isNotEmpty();
		for (HistoricProcessInstance instance : instances) {
			assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
				.isNotEmpty()
				.allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain(victim.contactDetails()));
		}
	}

	@Test
	void theLongestValuesTheReportAcceptsFitTheirColumnsWhateverTheirCharacters() {
		assertThat(columnWidth("address")).isGreaterThanOrEqualTo(FieldCipher.maxStoredLength(500));
		assertThat(columnWidth("phone")).isGreaterThanOrEqualTo(FieldCipher.maxStoredLength(50));
		assertThat(columnWidth("email")).isGreaterThanOrEqualTo(FieldCipher.maxStoredLength(254));
		assertThat(columnWidth("safe_times")).isGreaterThanOrEqualTo(FieldCipher.maxStoredLength(200));

		String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".org";
		Victim longest = new Victim("Longest", "€".repeat(500), "0".repeat(50), email, "ŵ".repeat(200),
				"😀".repeat(250));
		assertThat(email).hasSize(254);
		String reference = report(longest);

		CasePerson read = person(reference, PersonRole.VICTIM);
		assertThat(read.address()).isEqualTo(longest.address());
		assertThat(read.phone()).isEqualTo(longest.phone());
		assertThat(read.email()).isEqualTo(longest.email());
		assertThat(read.safeTimes()).isEqualTo(longest.safeTimes());
		assertThat(person(reference, PersonRole.SUSPECT).address()).isEqualTo(longest.suspectAddress());
	}

	@Test
	void valuesFromAnOlderKeyOrFromBeforeEncryptionAreReadAndRewrittenWithTheCurrentKey() {
		Victim victim = Victim.unique();
		String reference = report(victim);
		String id = (String) victimRow(reference).get("id");
		FieldCipher oldKey = new FieldCipher(DataKeyRing.parse(environment.getProperty("spo.crypto.keys"), "test-old",
				"spo.crypto.keys", "test"));
		jdbc.update("update case_person set address = ?, email = ?, phone = ? where id = ?",
				oldKey.encrypt(victim.address()), oldKey.encrypt(victim.email()), victim.phone(), id);

		CasePerson read = person(reference, PersonRole.VICTIM);
		assertThat(read.address()).isEqualTo(victim.address());
		assertThat(read.email()).isEqualTo(victim.email());
		assertThat(read.phone()).as("plaintext from before encryption").isEqualTo(victim.phone());

		assertThat(legacyEncryption.encryptAll()).isGreaterThanOrEqualTo(1);
		assertThat((String) victimRow(reference).get("phone")).startsWith("v1:test-current:");
		assertThat((String) victimRow(reference).get("address")).startsWith("v1:test-old:");

		inTransaction(() -> cases.byReference(reference).orElseThrow().personIn(PersonRole.VICTIM).orElseThrow()
			.withSafeContact(SafeContactMethod.EMAIL, "any time", true));

		Map<String, Object> rewritten = victimRow(reference);
		assertThat(List.of(rewritten.get("address"), rewritten.get("phone"), rewritten.get("email"),
				rewritten.get("safe_times")))
			.allSatisfy(value -> assertThat((String) value).startsWith("v1:test-current:"));
		CasePerson after = person(reference, PersonRole.VICTIM);
		assertThat(after.address()).isEqualTo(victim.address());
		assertThat(after.email()).isEqualTo(victim.email());
		assertThat(after.phone()).isEqualTo(victim.phone());
		assertThat(after.safeTimes()).isEqualTo("any time");
	}

	@Test
	void readingACaseDoesNotRewriteItsEncryptedValues() {
		String reference = report(Victim.unique());
		Map<String, Object> before = victimRow(reference);

		person(reference, PersonRole.VICTIM);

		assertThat(victimRow(reference)).isEqualTo(before);
	}

	@Test
	void aTamperedValueFailsToLoadWithoutRevealingItOrThePlaintext() {
		Victim victim = Victim.unique();
		String reference = report(victim);
		Map<String, Object> row = victimRow(reference);
		String stored = (String) row.get("phone");
		byte[] payload = Base64.getDecoder().decode(stored.substring("v1:test-current:".length()));
		payload[14] ^= 0x01;
		String tampered = "v1:test-current:" + Base64.getEncoder().encodeToString(payload);
		jdbc.update("update case_person set phone = ? where id = ?", tampered, row.get("id"));
		try {
			assertThatThrownBy(() -> person(reference, PersonRole.VICTIM)).satisfies(failure -> {
				assertThat(DataKeyLoadingTests.rootCause(failure, FieldDecryptionException.class))
					.hasMessageContaining("failed authentication");
				assertThat(FieldCipherTests.messages(failure)).doesNotContain(victim.phone())
					.doesNotContain(tampered.substring(16))
					.doesNotContain(stored.substring(16));
			});
		}
		finally {
			jdbc.update("update case_person set phone = ? where id = ?", stored, row.get("id"));
		}
		assertThat(person(reference, PersonRole.VICTIM).phone()).isEqualTo(victim.phone());
	}

	private String report(Victim victim) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> response = http.postForEntity("/api/reports", new HttpEntity<>(victim.json(), headers),
				Map.class);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		return (String) response.getBody().get("reference");
	}

	private List<Map<String, Object>> people(String reference) {
		return jdbc.queryForList(
				"select p.* from case_person p join case_file c on c.id = p.case_id where c.reference = ?", reference);
	}

	private Map<String, Object> victimRow(String reference) {
		return jdbc.queryForMap("select p.* from case_person p join case_file c on c.id = p.case_id "
				+ "where c.reference = ? and p.role = 'VICTIM'", reference);
	}

	private CasePerson person(String reference, PersonRole role) {
		return new TransactionTemplate(transactions).execute(
				status -> cases.byReference(reference).orElseThrow().personIn(role).orElseThrow());
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
	}

	private int columnWidth(String column) {
		return jdbc.queryForObject("select character_maximum_length from information_schema.columns "
				+ "where table_schema = database() and table_name = 'case_person' and column_name = ?", Integer.class,
				column);
	}

	/**
	 * Every character and binary column of the schema (case tables, Flyway's and the engine's), mapped to the given
	 * values it holds somewhere in any row.
	 */
	private Map<String, List<String>> scanSchemaFor(List<String> secrets, String clear) {
		List<String> values = new ArrayList<>(secrets);
		values.add(clear);
		String counts = IntStream.range(0, values.size())
			.mapToObj(i -> "sum(case when `%1$s` like ? then 1 else 0 end) as hits" + i)
			.collect(Collectors.joining(", "));
		Object[] patterns = values.stream().map(v -> "%" + v + "%").toArray();
		Map<String, List<String>> found = new TreeMap<>();
		for (Map<String, Object> column : jdbc.queryForList("select table_name, column_name from "
				+ "information_schema.columns where table_schema = database() and data_type in ('char', 'varchar', "
				+ "'tinytext', 'text', 'mediumtext', 'longtext', 'binary', 'varbinary', 'tinyblob', 'blob', "
				+ "'mediumblob', 'longblob')")) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			Map<String, Object> hits = jdbc.queryForMap(
					"select " + counts.formatted(name) + " from `" + table + "`", patterns);
			List<String> holding = new ArrayList<>();
			for (int i = 0; i < values.size(); i++) {
				Object count = hits.get("hits" + i);
				if (count != null && ((Number) count).longValue() > 0) {
					holding.add(values.get(i));
				}
			}
			found.put(table + "." + name, holding);
		}
		return found;
	}

}
