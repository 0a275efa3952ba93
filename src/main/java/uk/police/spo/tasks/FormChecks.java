package uk.police.spo.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The checks most task forms need, collecting "field: message" problems for a {@link TaskFormValidator}. */
public final class FormChecks {

	private final Map<String, Object> values;

	private final List<String> problems = new ArrayList<>();

	private FormChecks(Map<String, Object> values) {
		this.values = values;
	}

	public static FormChecks of(Map<String, Object> values) {
		return new FormChecks(values);
	}

	public FormChecks oneOf(String key, Collection<String> allowed) {
		if (!(values.get(key) instanceof String value) || !allowed.contains(value)) {
			problems.add(key + ": choose one of " + allowed);
		}
		return this;
	}

	public FormChecks text(String key, int maxLength, boolean required) {
		Object value = values.get(key);
		if (value == null || (value instanceof String s && s.isBlank())) {
			if (required) {
				problems.add(key + ": required");
			}
		}
		else if (!(value instanceof String s) || s.length() > maxLength) {
			problems.add(key + ": text of at most " + maxLength + " characters");
		}
		return this;
	}

	public FormChecks isTrue(String key, String message) {
		if (!Boolean.TRUE.equals(values.get(key))) {
			problems.add(key + ": " + message);
		}
		return this;
	}

	public FormChecks wholeNumber(String key, long min, long max, boolean required) {
		Object value = values.get(key);
		if (value == null) {
			if (required) {
				problems.add(key + ": required");
			}
		}
		else if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.longValue() < min
				|| n.longValue() > max) {
			problems.add(key + ": a whole number from " + min + " to " + max);
		}
		return this;
	}

	/** Adds a problem when the condition is true, for rules that tie fields together. */
	public FormChecks problemIf(boolean condition, String problem) {
		if (condition) {
			problems.add(problem);
		}
		return this;
	}

	public Object value(String key) {
		return values.get(key);
	}

	public List<String> problems() {
		return List.copyOf(problems);
	}

}
