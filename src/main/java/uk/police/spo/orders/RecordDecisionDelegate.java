package uk.police.spo.orders;

import static uk.police.spo.orders.OrderAnswers.*;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RecordDecision}: the three-part test, the decision and the area condition (s.1(1),
 * {@code defendantAreaCondition}) go to {@code spo_application}; the reasoning leaves the process variables. Sets
 * {@code spoApplicationId}, and {@code spoOutcome = NOT_APPLIED} when not applying.
 */
@Component
class RecordDecisionDelegate implements JavaDelegate {

	static final List<String> REASONING = List.of(ACTS_REASONING.key(), RISK_REASONING.key(), NECESSITY_REASONING.key());

	private final SpoApplications applications;

	RecordDecisionDelegate(SpoApplications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ThreePartTest test = new ThreePartTest(ACTS_ASSOCIATED_WITH_STALKING.yes(execution),
				ACTS_REASONING.text(execution), RISK_ASSOCIATED_WITH_STALKING.yes(execution),
				RISK_REASONING.text(execution), ORDER_NECESSARY.yes(execution), NECESSITY_REASONING.text(execution));
		boolean apply = APPLY.yes(execution);
		UUID id = applications.decide(ProcessVariables.caseId(execution),
				ProcessVariables.caseReference(execution), test, apply,
				DEFENDANT_UNDER_18.yes(execution), areaCondition(execution));
		execution.setVariable(ProcessVariables.SPO_APPLICATION_ID, id.toString());
		if (!apply) {
			execution.setVariable("spoOutcome", "NOT_APPLIED");
		}
		execution.removeVariables(REASONING);
	}

	/** Null from an instance that decided on the earlier form, which asked only for a tick. */
	private static AreaCondition areaCondition(DelegateExecution execution) {
		return DEFENDANT_AREA_CONDITION.value(execution) == null ? null
				: DEFENDANT_AREA_CONDITION.choice(execution, AreaCondition.class);
	}

}
