package uk.police.spo.retention;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.system.UkDates;
import uk.police.spo.system.Answer;

/** {@code Task_ExtendRetention}: the review kept the records; the case waits for its next review. */
@Component
class ExtendRetentionDelegate implements JavaDelegate {

	static final Answer RETAIN_FOR_YEARS = Answer.field("retainForYears", "case-retention-review");

	private final CaseClosure closure;

	ExtendRetentionDelegate(CaseClosure closure) {
		this.closure = closure;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int years = RETAIN_FOR_YEARS.whole(execution);
		LocalDate nextReview = closure.keepFor(ProcessVariables.caseId(execution), years);
		execution.setVariable(CloseCaseDelegate.REVIEW_ON,
				Date.from(nextReview.atStartOfDay(UkDates.ZONE).toInstant()));
	}

}
