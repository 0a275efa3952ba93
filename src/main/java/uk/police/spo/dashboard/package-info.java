/**
 * Supervisors' dashboard ({@code /dashboard}: figures over their units' cases, each linking to the cases behind it,
 * and a page per case), officers' work queue ({@code /work}, {@code /api/work}) and the application's own metrics on
 * {@code /actuator/prometheus}. It reads the case tables and the read model of open work ({@code work_item}, kept by
 * tasks.WorkItemPlugin) with its own read-only SQL, and the engine through its public query API for incidents and
 * failed jobs; it never reads process variables and writes nothing but audit entries.
 */
@ApplicationModule(displayName = "Dashboard")
package uk.police.spo.dashboard;

import org.springframework.modulith.ApplicationModule;
