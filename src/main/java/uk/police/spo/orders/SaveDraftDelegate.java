package uk.police.spo.orders;

import static uk.police.spo.orders.OrderAnswers.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_SaveDraft}: the drafted terms (slots 1 to 5 of the form), interim order wanted or not and the duration
 * go to the application; the terms' wording, and legal review's reasons for sending an earlier draft back, leave the
 * process variables.
 */
@Component
class SaveDraftDelegate implements JavaDelegate {

	private final SpoApplications applications;

	SaveDraftDelegate(SpoApplications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		List<DraftTerm.Wording> terms = TermSlots.read(execution::getVariable);
		List<String> slotVariables = new ArrayList<>(TermSlots.variables());
		Integer years = ORDER_DURATION.is(execution, "FIXED") ? DURATION_YEARS.whole(execution) : null;
		applications.draft(ProcessVariables.spoApplicationId(execution),
				ProcessVariables.caseReference(execution), terms,
				INTERIM_WANTED.yes(execution), years);
		slotVariables.add(SEND_BACK_REASONS.key());
		execution.removeVariables(slotVariables);
	}

}
