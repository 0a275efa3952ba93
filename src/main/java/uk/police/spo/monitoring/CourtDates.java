package uk.police.spo.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import uk.police.spo.system.ProcessVariables;
import uk.police.spo.system.UkDates;

/**
 * Dates the monitoring forms record of what a court or an officer has done: a form's date field cannot say "not in
 * the future", so the task rules do.
 */
final class CourtDates {

	private CourtDates() {
	}

	static Optional<String> inTheFuture(Map<String, Object> values, String key, Clock clock) {
		LocalDate date = date(values, key);
		return date != null && date.isAfter(LocalDate.now(clock.withZone(UkDates.ZONE)))
				? Optional.of(key + ": the date cannot be in the future") : Optional.empty();
	}

	/**
	 * A court's decision about an order cannot predate the order: the day the court made it, read from the case's
	 * order (variable {@code orderId}), not from the form.
	 */
	static Optional<String> beforeTheOrder(Map<String, Object> values, String key, OrderGrantDates orders) {
		LocalDate date = date(values, key);
		Optional<UUID> orderId = ProcessVariables.orderIdIn(values);
		if (date == null || orderId.isEmpty()) {
			return Optional.empty();
		}
		return orders.grantedOn(orderId.get())
			.filter(date::isBefore)
			.map(grantedOn -> key + ": the court cannot have decided before the order was made, on " + UkDates.day(grantedOn));
	}

	/** The date at {@code key}, or null when there is none (the form's check names a value that is not a date). */
	static LocalDate date(Map<String, Object> values, String key) {
		try {
			return values.get(key) instanceof String text ? LocalDate.parse(text) : null;
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

}
