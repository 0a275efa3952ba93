package uk.police.spo.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The day the court made an order: what a later decision about the order is checked against. */
@FunctionalInterface
interface OrderGrantDates {

	/** Empty when {@code orderId} names no order. */
	Optional<LocalDate> grantedOn(UUID orderId);

}
