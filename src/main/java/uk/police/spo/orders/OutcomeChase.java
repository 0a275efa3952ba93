package uk.police.spo.orders;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * When to chase the court for an outcome it has not sent: {@value #DAYS_AFTER_HEARING} days after the hearing. Kept
 * in {@code outcomeChaseAt} for the timer on {@code Task_AwaitCourtOutcome}.
 */
final class OutcomeChase {

	static final int DAYS_AFTER_HEARING = 3;

	private OutcomeChase() {
	}

	static void set(DelegateExecution execution, LocalDate hearingOn) {
		execution.setVariable("outcomeChaseAt",
				Date.from(hearingOn.plusDays(DAYS_AFTER_HEARING).atStartOfDay(ZoneOffset.UTC).toInstant()));
	}

}
