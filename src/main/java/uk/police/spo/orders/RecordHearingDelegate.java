package uk.police.spo.orders;

import static uk.police.spo.orders.OrderAnswers.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/** {@code Task_RecordHearing}: the listed hearing ({@code CourtHearingListed}) becomes a hearing of the application. */
@Component
class RecordHearingDelegate implements JavaDelegate {

	private final CourtDecisions court;

	RecordHearingDelegate(CourtDecisions court) {
		this.court = court;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate hearingOn = HEARING_ON.date(execution);
		court.hearingListed(ProcessVariables.spoApplicationId(execution),
				HEARING_KIND.choice(execution, HearingKind.class), hearingOn);
		OutcomeChase.set(execution, hearingOn);
		execution.removeVariables(List.of(HEARING_ON.key(), HEARING_KIND.key()));
	}

}
