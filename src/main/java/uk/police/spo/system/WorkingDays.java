package uk.police.spo.system;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days as the Victims' Code counts them: Monday to Friday, less England and Wales bank holidays. The bank
 * holidays are configured ({@code spo.calendar.bank-holidays}); {@link #requireYears} refuses a calendar that stops
 * before the years in use, since a missing year would silently count its holidays as working days.
 */
public final class WorkingDays {

	private final Set<LocalDate> bankHolidays;

	public WorkingDays(Collection<LocalDate> bankHolidays) {
		this.bankHolidays = Set.copyOf(new TreeSet<>(bankHolidays));
	}

	public boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !bankHolidays.contains(day);
	}

	/** The same time of day, {@code days} working days later (the days after {@code from}'s own day are counted). */
	public ZonedDateTime after(ZonedDateTime from, int days) {
		ZonedDateTime due = from;
		int remaining = days;
		while (remaining > 0) {
			due = due.plusDays(1);
			if (isWorkingDay(due.toLocalDate())) {
				remaining--;
			}
		}
		return due;
	}

	/** @throws IllegalStateException naming the property when a year from {@code first} to {@code last} has no bank holiday */
	public WorkingDays requireYears(int first, int last) {
		for (int year = first; year <= last; year++) {
			int wanted = year;
			if (bankHolidays.stream().noneMatch(day -> day.getYear() == wanted)) {
				throw new IllegalStateException("spo.calendar.bank-holidays holds no bank holiday in " + year
						+ ": add England and Wales bank holidays for this year and the next");
			}
		}
		return this;
	}

}
