package uk.police.spo.triage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import uk.police.spo.cases.ScreeningAnswers;

/**
 * The stalking screening questions of {@code Task_ScreenRisk} as process variables (the form's keys), and the report's
 * answers as the form's prefill. A variable is absent or null where the answer is not known.
 */
final class ScreeningQuestions {

	static final List<String> KEYS = List.of("victimVeryFrightened", "turnedUpUnannounced", "damagedProperty",
			"followedVictim", "threatsOfViolence", "harassedOthers", "violentToOthers", "recruitedOthers");

	private ScreeningQuestions() {
	}

	static ScreeningAnswers answers(VariableScope variables) {
		return new ScreeningAnswers(answer(variables, 0), answer(variables, 1), answer(variables, 2),
				answer(variables, 3), answer(variables, 4), answer(variables, 5), answer(variables, 6),
				answer(variables, 7));
	}

	/** Null answers are kept, so the form shows them unticked and the officer asks again. */
	static Map<String, Object> prefill(ScreeningAnswers answers) {
		List<Boolean> values = values(answers);
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < KEYS.size(); i++) {
			variables.put(KEYS.get(i), values.get(i));
		}
		return variables;
	}

	static int yesCount(ScreeningAnswers answers) {
		return (int) values(answers).stream().filter(Boolean.TRUE::equals).count();
	}

	private static List<Boolean> values(ScreeningAnswers a) {
		return Arrays.asList(a.veryFrightened(), a.turnedUpUnannounced(), a.damagedProperty(), a.followed(),
				a.threatenedViolence(), a.harassedOthers(), a.violentToOthers(), a.recruitedOthers());
	}

	private static Boolean answer(VariableScope variables, int index) {
		Object value = variables.getVariable(KEYS.get(index));
		return value instanceof Boolean yes ? yes : null;
	}

}
