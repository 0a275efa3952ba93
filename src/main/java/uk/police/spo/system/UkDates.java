package uk.police.spo.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** UK time, and a day as people in the UK read it in a message or a document: "2 December 2026". */
public final class UkDates {

	/** The force's time: every deadline, day and date the system shows or decides is taken in it. */
	public static final String ZONE_NAME = "Europe/London";

	public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private UkDates() {
	}

	public static String day(LocalDate date) {
		return DAY.format(date);
	}

}
