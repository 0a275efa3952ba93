package uk.police.spo.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as the force counts them: a case closed at 00:30 on a summer night in London closed that day, not the day before. */
final class ForceCalendar {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private ForceCalendar() {
	}

	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
