/**
 * Supervisors' dashboard ({@code /dashboard}: figures over their units' cases, each linking to the cases behind it,
 * and a page per case), officers' work queue ({@code /work}, {@code /api/work}) and the application's own metrics on
 * {@code /actuator/prometheus}. It reads the case tables with its own read-only SQL and the engine through its public
 * query API (counts, and bounded lists of exceptions such as overdue tasks); it never reads process variables and
 * writes nothing but audit entries.
 */
@ApplicationModule(displayName = "Dashboard")
package uk.police.spo.dashboard;

import org.springframework.modulith.ApplicationModule;
