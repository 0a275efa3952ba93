package uk.police.spo.monitoring;

import java.time.Instant;

/**
 * A notification as the officer at the station took it: when the defendant notified, what they gave, and the
 * fingerprints and photograph decision.
 */
record StationNotification(Instant notifiedAt, NotifiedDetails details, TakenAtStation fingerprints,
		TakenAtStation photograph) {
}
