package uk.police.spo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The notification period of s.9: three days beginning with the day of service, counted in UK time. */
class MonitoringScheduleTests {

	@ParameterizedTest(name = "served {0}: notify before {1}")
	@CsvSource({
			// winter (GMT): served on Monday 2 March, the period is 2, 3 and 4 March
			"2026-03-02T09:00:00Z, 2026-03-05T00:00:00Z",
			"2026-03-02T23:59:00Z, 2026-03-05T00:00:00Z",
			// summer (BST): 23:30 on 10 July UK time is still 10 July
			"2026-07-10T22:30:00Z, 2026-07-12T23:00:00Z",
			// 00:30 on 11 July UK time is already 11 July, though still 10 July in UTC
			"2026-07-10T23:30:00Z, 2026-07-13T23:00:00Z",
			// the clocks go forward on 29 March 2026 within the period
			"2026-03-28T12:00:00Z, 2026-03-30T23:00:00Z" })
	void theDefendantMayNotifyUntilTheEndOfTheSecondDayAfterTheDayOfService(String servedAt, String due) {
		assertThat(MonitoringSchedule.notificationDue(Instant.parse(servedAt))).isEqualTo(Instant.parse(due));
	}

}
