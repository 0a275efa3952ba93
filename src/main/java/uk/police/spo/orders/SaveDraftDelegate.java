package uk.police.spo.orders;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

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
		List<DraftTerm.Wording> terms = new ArrayList<>();
		List<String> slotVariables = new ArrayList<>();
		for (int n = 1; n <= DraftOrderTermsValidation.SLOTS; n++) {
			String kind = "term" + n + "Kind";
			String wording = "term" + n + "Wording";
			String necessity = "term" + n + "Necessity";
			if (FormValues.hasText(execution.getVariable(wording))) {
				terms.add(new DraftTerm.Wording(TermKind.valueOf((String) execution.getVariable(kind)),
						FormValues.text(execution.getVariable(wording)),
						FormValues.text(execution.getVariable(necessity))));
			}
			slotVariables.addAll(List.of(kind, wording, necessity));
		}
		Integer years = "FIXED".equals(execution.getVariable("orderDuration"))
				? ((Number) execution.getVariable("durationYears")).intValue() : null;
		applications.draft((String) execution.getVariable("spoApplicationId"),
				(String) execution.getVariable("caseReference"), terms,
				FormValues.yes(execution.getVariable("interimWanted")), years);
		slotVariables.add("sendBackReasons");
		execution.removeVariables(slotVariables);
	}

}
