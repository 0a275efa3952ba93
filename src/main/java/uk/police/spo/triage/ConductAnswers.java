package uk.police.spo.triage;

import org.camunda.bpm.engine.delegate.VariableScope;

import uk.police.spo.cases.ConductClassification;

/**
 * The answers of {@code Task_ClassifyConduct} as process variables (the form's keys). An instance that answered the
 * earlier form, whose FOUR parts were boxes, still holds booleans: a ticked box reads as YES, an unticked one as
 * NOT_KNOWN (it cannot tell "no" from "not asked"); what it never asked stays null.
 */
final class ConductAnswers {

	private ConductAnswers() {
	}

	static ConductClassification of(VariableScope variables) {
		return new ConductClassification(text(variables, "stalkingQuestion"), answer(variables, "fixated"),
				answer(variables, "obsessive"), answer(variables, "unwanted"), answer(variables, "repeated"),
				text(variables, "conductCrimeReference"), text(variables, "otherOffence"),
				text(variables, "otherOffenceCrimeReference"));
	}

	private static String answer(VariableScope variables, String name) {
		Object value = variables.getVariable(name);
		if (value instanceof Boolean ticked) {
			return ticked ? "YES" : "NOT_KNOWN";
		}
		return value instanceof String answer ? answer : null;
	}

	private static String text(VariableScope variables, String name) {
		return variables.getVariable(name) instanceof String text && !text.isBlank() ? text.strip() : null;
	}

}
