package uk.police.spo.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import uk.police.spo.cases.ConductClassification;
import uk.police.spo.cases.OtherOffence;

/**
 * The answers of {@code Task_ClassifyConduct} as process variables (the form's keys). An instance that answered the
 * earlier form, whose FOUR parts were boxes, still holds booleans: a ticked box reads as YES, an unticked one as
 * NOT_KNOWN (it cannot tell "no" from "not asked"); what it never asked stays null.
 * <p>
 * The most serious other offences are the form's slots, the most serious first: {@code otherOffence} (with
 * {@code NONE} for none) and {@code otherOffenceCrimeReference}, then {@code otherOffence2} and
 * {@code otherOffence2CrimeReference} up to {@value OtherOffence#MOST}. A slot counts only while every slot before it
 * is filled, as the form shows a slot only then.
 */
final class ConductAnswers {

	private ConductAnswers() {
	}

	static ConductClassification of(VariableScope variables) {
		return new ConductClassification(text(variables.getVariables(), "stalkingQuestion"),
				answer(variables, "fixated"), answer(variables, "obsessive"), answer(variables, "unwanted"),
				answer(variables, "repeated"), text(variables.getVariables(), "conductCrimeReference"));
	}

	/** The offence's key of slot {@code n} (1 to {@value OtherOffence#MOST}). */
	static String offenceKey(int n) {
		return n == 1 ? "otherOffence" : "otherOffence" + n;
	}

	/** The crime reference's key of slot {@code n}. */
	static String crimeReferenceKey(int n) {
		return offenceKey(n) + "CrimeReference";
	}

	/** The other offences the slots record, the most serious first (empty for {@code NONE}). */
	static List<OtherOffence> otherOffences(Map<String, Object> values) {
		List<OtherOffence> offences = new ArrayList<>();
		for (int n = 1; n <= OtherOffence.MOST; n++) {
			String offence = text(values, offenceKey(n));
			if (offence == null || OtherOffence.NONE.equals(offence)) {
				break;
			}
			offences.add(new OtherOffence(offence, text(values, crimeReferenceKey(n))));
		}
		return offences;
	}

	private static String answer(VariableScope variables, String name) {
		Object value = variables.getVariable(name);
		if (value instanceof Boolean ticked) {
			return ticked ? "YES" : "NOT_KNOWN";
		}
		return value instanceof String answer ? answer : null;
	}

	private static String text(Map<String, Object> values, String name) {
		return values.get(name) instanceof String text && !text.isBlank() ? text.strip() : null;
	}

}
