package uk.police.spo.orders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordRefusal}: the main application is refused; an interim order still in force ends (its monitoring
 * is told by {@code InterimOrderEnded}). Sets {@code spoOutcome = REFUSED} (an appeal may still change it).
 */
@Component
class RecordRefusalDelegate implements JavaDelegate {

	private final CourtDecisions court;

	RecordRefusalDelegate(CourtDecisions court) {
		this.court = court;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean interimEnded = court.refuse(ProcessVariables.spoApplicationId(execution),
				ProcessVariables.interimOrderId(execution).orElse(null));
		execution.setVariable("spoOutcome", "REFUSED");
		if (interimEnded) {
			InterimOrderEnded.correlate(execution);
		}
	}

}
