package uk.police.spo.monitoring;

import static uk.police.spo.monitoring.MonitoringAnswers.*;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.breach.BreachRecords;
import uk.police.spo.breach.BreachSource;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordBreachReport}: message {@code BreachReported} ({@code reportedBy}, {@code breachOccurredAt})
 * becomes a breach row; its id goes to {@code breachHandling} as {@code breachId}.
 */
@Component
class RecordBreachReportDelegate implements JavaDelegate {

	private final BreachRecords breaches;

	RecordBreachReportDelegate(BreachRecords breaches) {
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID breachId = breaches.reported(ProcessVariables.caseId(execution), ProcessVariables.orderId(execution),
				REPORTED_BY.choice(execution, BreachSource.class), BREACH_OCCURRED_AT.instant(execution));
		OffenceToHandle.handOver(execution, breachId);
	}

}
