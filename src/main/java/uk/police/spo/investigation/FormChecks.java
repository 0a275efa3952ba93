package uk.police.spo.investigation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The checks the investigation's task validators share; each adds "field: message" to a list of problems. */
final class FormChecks {

	static final int MAX_TEXT = 2000;

	private final Map<String, Object> values;

	private final List<String> problems;

	FormChecks(Map<String, Object> values, List<String> problems) {
		this.values = values;
		this.problems = problems;
	}

	/** The answer to a yes/no question, or null (and a problem) when it is not a boolean. */
	Boolean yesOrNo(String field, String question) {
		if (values.get(field) instanceof Boolean answer) {
			return answer;
		}
		problems.add(field + ": " + question);
		return null;
	}

	void confirmed(String field, String message) {
		if (!Boolean.TRUE.equals(values.get(field))) {
			problems.add(field + ": " + message);
		}
	}

	void text(String field, String message) {
		if (!(values.get(field) instanceof String text) || text.isBlank() || text.length() > MAX_TEXT) {
			problems.add(field + ": " + message + " (at most " + MAX_TEXT + " characters)");
		}
	}

	/** The chosen value, or null (and a problem) when it is not one of {@code allowed}. */
	String oneOf(String field, Collection<String> allowed) {
		if (values.get(field) instanceof String value && allowed.contains(value)) {
			return value;
		}
		problems.add(field + ": choose one of " + allowed);
		return null;
	}

	/** At least one of the checkboxes {@code fields} is ticked; the problem names the first. */
	void anyTicked(Collection<String> fields, String message) {
		if (fields.stream().noneMatch(field -> Boolean.TRUE.equals(values.get(field)))) {
			problems.add(fields.iterator().next() + ": " + message);
		}
	}

	void wholeNumber(String field, long min, long max) {
		Object value = values.get(field);
		boolean whole = value instanceof Integer || value instanceof Long
				|| (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()));
		if (!whole || ((Number) value).doubleValue() < min || ((Number) value).doubleValue() > max) {
			problems.add(field + ": a whole number from " + min + " to " + max);
		}
	}

}
