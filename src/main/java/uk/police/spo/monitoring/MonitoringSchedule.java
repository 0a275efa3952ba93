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
 * deadline (the 3 days beginning with the day of service, UK time; the same rule for a change of name or address), the review interval ({@code spo.monitoring.review-interval}), renewal
 * ({@code spo.monitoring.renewal-notice} before a fixed end) and expiry (the end of the order's last day, UK time).
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
		return endOfPeriodBeginning(servedAt.atZone(UkDates.ZONE).toLocalDate());
	}

	/** s.9(4): a change of name or home address is notified within the 3 days beginning with the day of the change. */
	static Instant changeNotificationDue(LocalDate changedOn) {
		return endOfPeriodBeginning(changedOn);
	}

	/** A change notified when its period has ended is notified late: an offence (s.11). */
	static boolean changeNotifiedLate(LocalDate changedOn, Instant notifiedAt) {
		return !notifiedAt.isBefore(changeNotificationDue(changedOn));
	}

	/** The end, UK time, of the period of 3 days beginning with {@code firstDay}: midnight after its second day after. */
	private static Instant endOfPeriodBeginning(LocalDate firstDay) {
		return firstDay.plusDays(NOTIFICATION_DAYS).atStartOfDay(UkDates.ZONE).toInstant();
	}

	/** The day, UK time, of an instant. */
	static LocalDate ukDay(Instant instant) {
		return instant.atZone(UkDates.ZONE).toLocalDate();
	}

	/** The start of the day, UK time, when renewal should be considered before a fixed end. */
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
