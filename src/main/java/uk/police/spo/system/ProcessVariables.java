package uk.police.spo.system;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables that carry a case through every process, named and typed in one place. Ids are stored as
 * text, so that Cockpit shows them and history keeps them readable, and are read back as {@code UUID}s; a process
 * that reaches a step without the variable it needs is a modelling error, reported as such.
 */
public final class ProcessVariables {

	public static final String CASE_ID = "caseId";

	public static final String CASE_REFERENCE = "caseReference";

	public static final String SPO_APPLICATION_ID = "spoApplicationId";

	public static final String ORDER_ID = "orderId";

	public static final String INTERIM_ORDER_ID = "interimOrderId";

	public static final String BREACH_ID = "breachId";

	public static final String RISK_LEVEL = "riskLevel";

	/** Whether the report matched earlier cases of the same people (set at intake, shown in every task's name). */
	public static final String REPEAT_CASE = "repeatCase";

	/** The reporter's answer that the victim is in immediate danger (set at intake; shortens triage). */
	public static final String IMMEDIATE_DANGER = "immediateDanger";

	/** Triage's classification of the conduct (a field of its classification form), carried to the later processes. */
	public static final String CLASSIFICATION = "classification";

	private ProcessVariables() {
	}

	public static UUID caseId(VariableScope scope) {
		return requiredId(scope, CASE_ID);
	}

	/** The case id of a process that may run without a case (a task of a test or migration process). */
	public static Optional<UUID> caseIdIfAny(VariableScope scope) {
		return Optional.ofNullable(scope.getVariable(CASE_ID)).map(ProcessVariables::asId);
	}

	/** The case id among a task's variables, as a submission check sees them. */
	public static Optional<UUID> caseIdIn(Map<String, ?> variables) {
		return Optional.ofNullable(variables.get(CASE_ID)).map(ProcessVariables::asId);
	}

	/** The order id among a task's variables, as a submission check sees them. */
	public static Optional<UUID> orderIdIn(Map<String, ?> variables) {
		return Optional.ofNullable(variables.get(ORDER_ID)).map(ProcessVariables::asId);
	}

	public static String caseReference(VariableScope scope) {
		return required(scope, CASE_REFERENCE).toString();
	}

	/** The case's risk level once triage has scored it. */
	public static Optional<RiskLevel> riskLevel(VariableScope scope) {
		return Optional.ofNullable(scope.getVariable(RISK_LEVEL)).map(level -> RiskLevel.valueOf(level.toString()));
	}

	public static boolean repeatCase(VariableScope scope) {
		return Boolean.TRUE.equals(scope.getVariable(REPEAT_CASE));
	}

	public static boolean immediateDanger(VariableScope scope) {
		return Boolean.TRUE.equals(scope.getVariable(IMMEDIATE_DANGER));
	}

	/** The classification triage gave the conduct ({@code STALKING_8Q}, {@code HARASSMENT_8L}, ...). */
	public static Optional<String> classification(VariableScope scope) {
		return Optional.ofNullable(scope.getVariable(CLASSIFICATION)).map(Object::toString);
	}

	public static UUID spoApplicationId(VariableScope scope) {
		return requiredId(scope, SPO_APPLICATION_ID);
	}

	public static UUID orderId(VariableScope scope) {
		return requiredId(scope, ORDER_ID);
	}

	public static Optional<UUID> interimOrderId(VariableScope scope) {
		return Optional.ofNullable(scope.getVariable(INTERIM_ORDER_ID)).map(ProcessVariables::asId);
	}

	public static UUID breachId(VariableScope scope) {
		return requiredId(scope, BREACH_ID);
	}

	/** The text a process keeps for an id. */
	public static String text(UUID id) {
		return id.toString();
	}

	private static UUID requiredId(VariableScope scope, String name) {
		return asId(required(scope, name));
	}

	private static Object required(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null) {
			throw new IllegalStateException("The process reached this step without its variable " + name);
		}
		return value;
	}

	private static UUID asId(Object value) {
		return value instanceof UUID id ? id : UUID.fromString(value.toString());
	}

}
