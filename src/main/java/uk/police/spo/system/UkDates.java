package uk.police.spo.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as people in the UK read it in a message or a document: "2 December 2026". */
public final class UkDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private UkDates() {
	}

	public static String day(LocalDate date) {
		return DAY.format(date);
	}

}
