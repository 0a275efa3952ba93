package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.*;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.breach.BreachSource;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.system.UkDates;

/**
 * {@code Task_RecordReview}: what {@code Task_ReviewOrder} found, with how the victim was contacted. A review that
 * suspects a breach also reports it, as an officer, from the start of the day it happened (UK time): the review's
 * escalation {@code BreachSuspected} then records it and starts {@code breachHandling}, as a reported breach does.
 */
@Component
class RecordOrderReviewDelegate implements JavaDelegate {

	static final String BREACH_SUSPECTED = "BREACH_SUSPECTED";

	private final MonitoredOrders orders;

	RecordOrderReviewDelegate(MonitoredOrders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String compliance = (String) ORDER_COMPLIANCE.value(execution);
		orders.reviewed(ProcessVariables.caseId(execution), ProcessVariables.orderId(execution),
				(String) VICTIM_CONTACT.value(execution), compliance);
		if (BREACH_SUSPECTED.equals(compliance)) {
			LocalDate occurredOn = BREACH_OCCURRED_ON.date(execution);
			execution.setVariable(REPORTED_BY.key(), BreachSource.OFFICER.name());
			execution.setVariable(BREACH_OCCURRED_AT.key(), occurredOn.atStartOfDay(UkDates.ZONE).toOffsetDateTime().toString());
		}
	}

}
