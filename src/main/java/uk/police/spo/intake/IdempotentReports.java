package uk.police.spo.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers the answer given to each {@code Idempotency-Key}. The key is claimed by inserting its row inside the
 * report's own transaction: a concurrent retry with the same key waits on the row lock and then finds the first
 * answer; a failed report rolls the claim back with everything else.
 */
@Component
class IdempotentReports {

	static final Duration KEPT_FOR = Duration.ofHours(24);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	IdempotentReports(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Remembered(String requestHash, ReportReceipt receipt) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void remember(String key, String requestHash, ReportReceipt receipt) {
		jdbc.update("insert into report_idempotency (idem_key, request_hash, reference, received_at, created_at) "
				+ "values (?, ?, ?, ?, ?)", key, requestHash, receipt.reference(),
				java.sql.Timestamp.from(receipt.receivedAt()), java.sql.Timestamp.from(clock.instant()));
	}

	Optional<Remembered> recall(String key) {
		return jdbc.query("select request_hash, reference, received_at from report_idempotency where idem_key = ?",
				(rs, row) -> new Remembered(rs.getString(1), new ReportReceipt(rs.getString(2),
						rs.getTimestamp(3).toInstant(), ReportIntake.NEXT_STEPS)),
				key).stream().findFirst();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldKeys() {
		Instant before = clock.instant().minus(KEPT_FOR);
		jdbc.update("delete from report_idempotency where created_at < ?", java.sql.Timestamp.from(before));
	}

}
