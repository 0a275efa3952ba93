package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The answers of an acknowledgement form ({@code monitoring-acknowledge-notification}, {@code -change}). What the
 * defendant notified comes in as text areas (so the engine's history never keeps it) and leaves the process variables
 * once monitoring has stored it.
 */
final class NotificationAnswers {

	static final List<String> NOTIFIED = List.of(NOTIFIED_NAMES.key(), NOTIFIED_ALIASES.key(), NOTIFIED_HOME_ADDRESS.key());

	private NotificationAnswers() {
	}

	static StationNotification read(DelegateExecution execution) {
		return new StationNotification(NOTIFIED_AT.instant(execution),
				NotifiedDetails.fromForm((String) NOTIFIED_NAMES.value(execution),
						(String) NOTIFIED_ALIASES.value(execution), (String) NOTIFIED_HOME_ADDRESS.value(execution)),
				FINGERPRINTS.choice(execution, TakenAtStation.class), PHOTOGRAPH.choice(execution, TakenAtStation.class));
	}

	static void forget(DelegateExecution execution) {
		execution.removeVariables(NOTIFIED);
	}

}
