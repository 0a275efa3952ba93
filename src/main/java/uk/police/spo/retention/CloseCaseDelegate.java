package uk.police.spo.retention;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.system.UkDates;

/**
 * {@code Task_CloseCase} of stalkingCase: closes the case with the variable {@code closureOutcome} and sets
 * {@code retentionReviewOn} (a date, start of that day in London) for the process's retention review timer.
 */
@Component
class CloseCaseDelegate implements JavaDelegate {

	static final String OUTCOME = "closureOutcome";

	static final String REVIEW_ON = "retentionReviewOn";

	private final CaseClosure closure;

	CloseCaseDelegate(CaseClosure closure) {
		this.closure = closure;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate reviewOn = closure.close(ProcessVariables.caseId(execution), (String) execution.getVariable(OUTCOME));
		execution.setVariable(REVIEW_ON, Date.from(reviewOn.atStartOfDay(UkDates.ZONE).toInstant()));
	}

}
