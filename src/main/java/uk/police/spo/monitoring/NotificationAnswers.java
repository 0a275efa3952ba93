package uk.police.spo.monitoring;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The answers of an acknowledgement form ({@code monitoring-acknowledge-notification}, {@code -change}). What the
 * defendant notified comes in as text areas (so the engine's history never keeps it) and leaves the process variables
 * once monitoring has stored it.
 */
final class NotificationAnswers {

	static final List<String> NOTIFIED = List.of("notifiedNames", "notifiedAliases", "notifiedHomeAddress");

	private NotificationAnswers() {
	}

	static StationNotification read(DelegateExecution execution) {
		return new StationNotification(MonitoringSchedule.instant((String) execution.getVariable("notifiedAt")),
				NotifiedDetails.fromForm((String) execution.getVariable("notifiedNames"),
						(String) execution.getVariable("notifiedAliases"),
						(String) execution.getVariable("notifiedHomeAddress")),
				TakenAtStation.valueOf((String) execution.getVariable("fingerprints")),
				TakenAtStation.valueOf((String) execution.getVariable("photograph")));
	}

	static void forget(DelegateExecution execution) {
		execution.removeVariables(NOTIFIED);
	}

}
