/**
 * Process {@code breachHandling}: a breach of a served order recorded as a new offence, the arrest and charge
 * decisions, the court and the victim's advocate told, and the risk reassessed. Order monitoring uses
 * {@link uk.police.spo.breach.BreachRecords} to record reported breaches, failures to notify, changes notified late and
 * false notifications (the last two, like a reported breach, then handled by {@code breachHandling}), and tells it the
 * notification deadline through {@link uk.police.spo.breach.NotificationDeadlines}.
 */
@ApplicationModule(displayName = "Breach handling")
package uk.police.spo.breach;

import org.springframework.modulith.ApplicationModule;
