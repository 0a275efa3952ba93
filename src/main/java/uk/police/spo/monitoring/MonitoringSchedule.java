package uk.police.spo.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.police.spo.system.UkDates;

/**
 * When the timers of {@code orderMonitoring} fire, as {@code ${monitoringSchedule...}} expressions: the notification
 * deadline (the 3 days beginning with the day of service, UkDates.ZONE time), the review interval ({@code spo.monitoring.review-interval}), renewal
 * ({@code spo.monitoring.renewal-notice} before a fixed end) and expiry (the end of the order's last day, UkDates.ZONE time).
 */
@Component
public class MonitoringSchedule {

	/** Stalking Protection Act 2019 s.9: "within the period of 3 days beginning with the date of service". */
	static final int NOTIFICATION_DAYS = 3;

	private final Period reviewInterval;

	private final Period renewalNotice;

	MonitoringSchedule(@Value("${spo.monitoring.review-interval:P3M}") String reviewInterval,
			@Value("${spo.monitoring.renewal-notice:P2M}") String renewalNotice) {
		this.reviewInterval = positive(reviewInterval, "spo.monitoring.review-interval");
		this.renewalNotice = positive(renewalNotice, "spo.monitoring.renewal-notice");
	}

	/** The ISO 8601 duration between reviews, for a {@code timeDuration}. */
	public String reviewInterval() {
		return reviewInterval.toString();
	}

	/** The defendant must notify within the 3 days beginning with the day of service: by the end of its second day after. */
	public Date notificationDue(String servedAt) {
		return Date.from(notificationDue(instant(servedAt)));
	}

	/** An ISO 8601 date and time with its offset, as messages carry them ({@code 2026-05-01T10:15:00+01:00}). */
	static Instant instant(String isoDateTime) {
		return OffsetDateTime.parse(isoDateTime).toInstant();
	}

	static Instant notificationDue(Instant servedAt) {
		LocalDate dayOfService = servedAt.atZone(UkDates.ZONE).toLocalDate();
		return dayOfService.plusDays(NOTIFICATION_DAYS).atStartOfDay(UkDates.ZONE).toInstant();
	}

	/** The start of the day, UkDates.ZONE time, when renewal should be considered before a fixed end. */
	public Date renewalDue(String endsOn) {
		return startOf(LocalDate.parse(endsOn).minus(renewalNotice));
	}

	/** The order runs to the end of its last day. */
	public Date expiryAt(String endsOn) {
		return startOf(LocalDate.parse(endsOn).plusDays(1));
	}

	private static Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(UkDates.ZONE).toInstant());
	}

	private static Period positive(String value, String key) {
		Period period = Period.parse(value);
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException(key + " must be a positive ISO 8601 period such as P3M, not " + value);
		}
		return period;
	}

}
