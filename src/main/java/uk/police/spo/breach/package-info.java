/**
 * Process {@code breachHandling}: a breach of a served order recorded as a new offence, the arrest and charge
 * decisions, the court and the victim's advocate told, and the risk reassessed. Order monitoring uses
 * {@link uk.police.spo.breach.BreachRecords} to record reported breaches and failures to notify, and tells it the
 * notification deadline through {@link uk.police.spo.breach.NotificationDeadlines}.
 */
@ApplicationModule(displayName = "Breach handling")
package uk.police.spo.breach;

import org.springframework.modulith.ApplicationModule;
