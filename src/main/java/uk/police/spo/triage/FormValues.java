package uk.police.spo.triage;

import java.util.List;
import java.util.Map;

/** Reading submitted form values the way Tasklist sends them (a number may arrive as Long or Double). */
final class FormValues {

	private FormValues() {
	}

	/** The whole number at {@code key} within min..max, or null when it is missing, fractional or out of range. */
	static Integer wholeNumber(Map<String, Object> values, String key, int min, int max) {
		if (!(values.get(key) instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
				|| number.doubleValue() < min || number.doubleValue() > max) {
			return null;
		}
		return number.intValue();
	}

	static void requireYesOrNo(Map<String, Object> values, String key, String question, List<String> problems) {
		if (!(values.get(key) instanceof Boolean)) {
			problems.add(key + ": answer " + question + " (tick for yes)");
		}
	}

	static void allowText(Map<String, Object> values, String key, int maxLength, List<String> problems) {
		Object text = values.get(key);
		if (text != null && (!(text instanceof String s) || s.length() > maxLength)) {
			problems.add(key + ": text of at most " + maxLength + " characters");
		}
	}

}
