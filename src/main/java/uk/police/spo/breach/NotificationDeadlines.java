package uk.police.spo.breach;

import java.time.Instant;
import java.util.UUID;

/**
 * When a served order's notification duty ran out: a failure to notify dates from then. Order monitoring knows the
 * orders and their service, and implements this for the breach records.
 */
public interface NotificationDeadlines {

	Instant notificationDue(UUID orderId);

}
