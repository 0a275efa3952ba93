package uk.police.spo.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An embedded H2 database from before encryption: Flyway's V4 widens the columns and keeps the plaintext, the
 * converter still reads it, and the start-up job encrypts it once.
 */
class LegacyPlaintextEncryptionTests {

	final FieldCipher cipher = FieldCipherTests.cipher(FieldCipherTests.K1, "k1");

	SingleConnectionDataSource dataSource;

	JdbcTemplate jdbc;

	@AfterEach
	void closeDatabase() {
		dataSource.destroy();
	}

	@BeforeEach
	void databaseMigratedToTheVersionBeforeEncryption() {
		dataSource = new SingleConnectionDataSource("jdbc:h2:mem:legacy-" + UUID.randomUUID(), "sa", "", true);
		jdbc = new JdbcTemplate(dataSource);
		flyway("3").migrate();
		jdbc.update("insert into case_file (id, reference, status, reporter_type, immediate_danger, relationship, "
				+ "consent_partner_referral, received_at, version) values ('c1', 'SH-2025-000001', 'REGISTERED', "
				+ "'VICTIM', false, 'EX_PARTNER', true, current_timestamp, 0)");
		insertPerson("p1", "VICTIM", "1 Old Street, Stevenage", "07700 900001", "old@example.org", "after 6pm");
		insertPerson("p2", "REPORTER", null, "07700 900002", null, null);
		insertPerson("p3", "SUSPECT", "9 Other Road", null, null, null);
	}

	@Test
	void v4WidensTheColumnsAndKeepsTheStoredValues() {
		flyway(null).migrate();

		assertThat(row("p1")).containsEntry("ADDRESS", "1 Old Street, Stevenage")
			.containsEntry("PHONE", "07700 900001")
			.containsEntry("EMAIL", "old@example.org")
			.containsEntry("SAFE_TIMES", "after 6pm")
			.containsEntry("NAME", "Name of p1");
		assertThat(row("p2")).containsEntry("ADDRESS", null).containsEntry("PHONE", "07700 900002");
		assertThat(width("ADDRESS")).isEqualTo(2100).isGreaterThanOrEqualTo(FieldCipher.maxStoredLength(500));
		assertThat(width("PHONE")).isEqualTo(300).isGreaterThanOrEqualTo(FieldCipher.maxStoredLength(50));
		assertThat(width("EMAIL")).isEqualTo(1100).isGreaterThanOrEqualTo(FieldCipher.maxStoredLength(254));
		assertThat(width("SAFE_TIMES")).isEqualTo(900).isGreaterThanOrEqualTo(FieldCipher.maxStoredLength(200));
		EncryptedStringConverter converter = new EncryptedStringConverter(cipher);
		assertThat(converter.convertToEntityAttribute((String) row("p1").get("ADDRESS")))
			.isEqualTo("1 Old Street, Stevenage");
	}

	@Test
	void theStartUpJobEncryptsEveryPlaintextValueOnceAndLeavesNullsAndEncryptedValuesAlone() {
		flyway(null).migrate();
		String alreadyEncrypted = cipher.encrypt("new@example.org");
		jdbc.update("update case_person set email = ? where id = 'p3'", alreadyEncrypted);
		LegacyPlaintextEncryption job = job();

		assertThat(job.encryptAll()).isEqualTo(6);

		Map<String, Object> victim = row("p1");
		assertThat(victim.values()).doesNotContain("1 Old Street, Stevenage", "07700 900001", "old@example.org",
				"after 6pm");
		assertThat(decrypted(victim.get("ADDRESS"))).isEqualTo("1 Old Street, Stevenage");
		assertThat(decrypted(victim.get("PHONE"))).isEqualTo("07700 900001");
		assertThat(decrypted(victim.get("EMAIL"))).isEqualTo("old@example.org");
		assertThat(decrypted(victim.get("SAFE_TIMES"))).isEqualTo("after 6pm");
		assertThat(victim.get("NAME")).isEqualTo("Name of p1");
		assertThat(row("p2")).containsEntry("ADDRESS", null).containsEntry("EMAIL", null);
		assertThat(decrypted(row("p2").get("PHONE"))).isEqualTo("07700 900002");
		assertThat(row("p3")).containsEntry("EMAIL", alreadyEncrypted).containsEntry("PHONE", null);
		assertThat(decrypted(row("p3").get("ADDRESS"))).isEqualTo("9 Other Road");

		Map<String, Object> before = row("p1");
		assertThat(job.encryptAll()).isZero();
		assertThat(row("p1")).isEqualTo(before);
	}

	@Test
	void theJobWorksThroughMoreRowsThanOnePage() {
		flyway(null).migrate();
		for (int i = 0; i < 250; i++) {
			insertPerson("q" + String.format("%04d", i), "VICTIM", "Address " + i, null, null, null);
		}
		LegacyPlaintextEncryption job = job();

		assertThat(job.encryptAll()).isEqualTo(250 + 6);
		assertThat(jdbc.queryForObject("select count(*) from case_person where address not like 'v1:k1:%'",
				Integer.class)).isZero();
		assertThat(decrypted(row("q0249").get("ADDRESS"))).isEqualTo("Address 249");
	}

	private LegacyPlaintextEncryption job() {
		return new LegacyPlaintextEncryption(jdbc, new DataSourceTransactionManager(dataSource), cipher);
	}

	private Flyway flyway(String target) {
		var configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.placeholders(java.util.Map.of("default_unit", "NORTH"));
		return (target == null ? configuration : configuration.target(target)).load();
	}

	private void insertPerson(String id, String role, String address, String phone, String email, String safeTimes) {
		jdbc.update("insert into case_person (id, case_id, role, name, address, phone, email, safe_times) "
				+ "values (?, 'c1', ?, ?, ?, ?, ?, ?)", id, role, "Name of " + id, address, phone, email, safeTimes);
	}

	private Map<String, Object> row(String id) {
		return jdbc.queryForMap("select * from case_person where id = ?", id);
	}

	private int width(String column) {
		return jdbc.queryForObject("select character_maximum_length from information_schema.columns "
				+ "where table_name = 'CASE_PERSON' and column_name = ?", Integer.class, column);
	}

	private String decrypted(Object stored) {
		assertThat((String) stored).startsWith("v1:k1:");
		return cipher.decrypt((String) stored);
	}

}
