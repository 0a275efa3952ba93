package uk.police.spo.security.crypto;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Encrypts contact details stored in plaintext before encryption existed (an embedded ./data database from an
 * earlier version). Runs at every start once Flyway has migrated and before the application takes requests; on an
 * encrypted database it finds nothing to do. Each value is replaced only if it is still the plaintext that was read,
 * so a concurrent write (another node, a request) is never overwritten.
 */
@Component
class LegacyPlaintextEncryption implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(LegacyPlaintextEncryption.class);

	/** The case_person columns that {@code CasePerson} maps through {@link EncryptedStringConverter}. */
	static final List<String> COLUMNS = List.of("address", "phone", "email", "safe_times");

	private static final int PAGE = 200;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final FieldCipher cipher;

	LegacyPlaintextEncryption(JdbcTemplate jdbc, PlatformTransactionManager transactions, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.cipher = cipher;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int encrypted = encryptAll();
		if (encrypted > 0) {
			log.info("Encrypted {} contact detail values that were stored in plaintext", encrypted);
		}
	}

	/** @return how many values were encrypted */
	int encryptAll() {
		String legacy = String.join(" or ",
				COLUMNS.stream().map(c -> "(" + c + " is not null and " + c + " not like 'v1:%')").toList());
		String select = "select id, " + String.join(", ", COLUMNS) + " from case_person where id > ? and (" + legacy
				+ ") order by id limit " + PAGE;
		int encrypted = 0;
		String after = "";
		while (true) {
			List<Map<String, Object>> rows = jdbc.queryForList(select, after);
			if (rows.isEmpty()) {
				return encrypted;
			}
			encrypted += transaction.execute(status -> rows.stream().mapToInt(this::encryptRow).sum());
			after = (String) rows.get(rows.size() - 1).get("id");
		}
	}

	private int encryptRow(Map<String, Object> row) {
		int encrypted = 0;
		for (String column : COLUMNS) {
			Object value = row.get(column);
			if (value instanceof String text && !FieldCipher.isEncrypted(text)) {
				encrypted += jdbc.update(
						"update case_person set " + column + " = ? where id = ? and " + column + " = ?",
						cipher.encrypt(text), row.get("id"), text);
			}
		}
		return encrypted;
	}

}
