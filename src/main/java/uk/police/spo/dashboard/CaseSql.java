package uk.police.spo.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Conditions shared by the figures and the case list. Timestamps are held as UTC wall-clock times (as Hibernate
 * writes an {@code Instant}), so they are bound and read as {@code LocalDateTime} in UTC, whatever the JVM's zone.
 */
final class CaseSql {

	static final String HIGH_RISK_OPEN = "c.risk_level = 'HIGH' and c.status <> 'CLOSED'";

	static final String ORDER_IN_FORCE = "o.status in ('GRANTED', 'SERVED')";

	static final String ORDER_ENDING = ORDER_IN_FORCE + " and o.ends_on >= :today and o.ends_on <= :endingBy";

	/** The defendant must notify within the 3 days beginning with the day of service (monitoring.MonitoringSchedule). */
	static final String NOTIFICATION_OVERDUE = "o.status = 'SERVED' and o.served_at < :notifyCutoff "
			+ "and not exists (select 1 from order_notification n where n.order_id = o.id)";

	static final String BY_REFERENCE = "c.reference in (:references)";

	/** A case's open task in the read model of open work, aliased {@code w}; the caller adds conditions and the ")". */
	static final String OPEN_WORK = "exists (select 1 from work_item w where w.case_id = c.id and w.queue_key = :every";

	static final int ENDING_WITHIN_DAYS = 60;

	static final int NOTIFICATION_DAYS = 3;

	static final Duration BREACH_WINDOW = Duration.ofDays(30);

	private CaseSql() {
	}

	static LocalDateTime timestamp(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		LocalDateTime value = row.getObject(column, LocalDateTime.class);
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

	static Map<String, Object> endingParameters(Instant now, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		return Map.of("today", today, "endingBy", today.plusDays(ENDING_WITHIN_DAYS));
	}

	/** Served before the start of the day NOTIFICATION_DAYS - 1 days ago (UK): the last day to notify has passed. */
	static Map<String, Object> notificationParameters(Instant now, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		return Map.of("notifyCutoff",
				timestamp(today.minusDays(NOTIFICATION_DAYS - 1L).atStartOfDay(zone).toInstant()));
	}

	static Map<String, Object> breachParameters(Instant now) {
		return Map.of("breachesSince", timestamp(now.minus(BREACH_WINDOW)));
	}

}
