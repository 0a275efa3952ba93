package uk.police.spo.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.police.spo.system.UkDates;

/** Dates as the force counts them: a case closed at 00:30 on a summer night in London closed that day, not the day before. */
final class ForceCalendar {

	private ForceCalendar() {
	}

	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(UkDates.ZONE));
	}

}
