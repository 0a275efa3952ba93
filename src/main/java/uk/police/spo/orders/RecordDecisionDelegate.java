package uk.police.spo.orders;

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

	static final List<String> REASONING = List.of("actsReasoning", "riskReasoning", "necessityReasoning");

	private final SpoApplications applications;

	RecordDecisionDelegate(SpoApplications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ThreePartTest test = new ThreePartTest(Boolean.TRUE.equals(execution.getVariable("actsAssociatedWithStalking")),
				text(execution.getVariable("actsReasoning")),
				Boolean.TRUE.equals(execution.getVariable("riskAssociatedWithStalking")),
				text(execution.getVariable("riskReasoning")),
				Boolean.TRUE.equals(execution.getVariable("orderNecessary")),
				text(execution.getVariable("necessityReasoning")));
		boolean apply = Boolean.TRUE.equals(execution.getVariable("apply"));
		UUID id = applications.decide(ProcessVariables.caseId(execution),
				ProcessVariables.caseReference(execution), test, apply,
				Boolean.TRUE.equals(execution.getVariable("defendantUnder18")),
				areaCondition(execution.getVariable("defendantAreaCondition")));
		execution.setVariable(ProcessVariables.SPO_APPLICATION_ID, id.toString());
		if (!apply) {
			execution.setVariable("spoOutcome", "NOT_APPLIED");
		}
		execution.removeVariables(REASONING);
	}

	/** Null from an instance that decided on the earlier form, which asked only for a tick. */
	private static AreaCondition areaCondition(Object value) {
		return value instanceof String condition ? AreaCondition.valueOf(condition) : null;
	}

	private static String text(Object value) {
		return value instanceof String text && !text.isBlank() ? text.strip() : null;
	}

}
