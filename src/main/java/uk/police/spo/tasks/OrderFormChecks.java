package uk.police.spo.tasks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The checks the forms about a made order share (its monitoring and its breaches), collecting "field: message"
 * problems for a {@link TaskFormValidator}.
 */
public final class OrderFormChecks {

	public static final List<String> COURT_DECISIONS = List.of("GRANTED", "REFUSED");

	public static final List<String> APPLICANTS = List.of("POLICE", "DEFENDANT");

	private static final Pattern CRIME_REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9/-]{2,29}");

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final Map<String, Object> values;

	private final List<String> problems = new ArrayList<>();

	public OrderFormChecks(Map<String, Object> values) {
		this.values = values;
	}

	public OrderFormChecks confirmed(String key, String what) {
		if (!Boolean.TRUE.equals(values.get(key))) {
			problems.add(key + ": confirm that " + what);
		}
		return this;
	}

	public OrderFormChecks yesOrNo(String key) {
		if (!(values.get(key) instanceof Boolean)) {
			problems.add(key + ": answer yes or no");
		}
		return this;
	}

	public OrderFormChecks optionalYesOrNo(String key) {
		return present(key) ? yesOrNo(key) : this;
	}

	public OrderFormChecks oneOf(String key, List<String> allowed) {
		if (!(values.get(key) instanceof String value) || !allowed.contains(value)) {
			problems.add(key + ": choose one of " + allowed);
		}
		return this;
	}

	public OrderFormChecks crimeReference(String key) {
		if (!(values.get(key) instanceof String value) || !CRIME_REFERENCE.matcher(value).matches()) {
			problems.add(key + ": a crime reference is 3 to 30 capital letters, digits, '/' or '-'");
		}
		return this;
	}

	public OrderFormChecks count(String key, int min, int max) {
		Object value = values.get(key);
		boolean whole = value instanceof Integer || value instanceof Long
				|| value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
		if (!whole || ((Number) value).doubleValue() < min || ((Number) value).doubleValue() > max) {
			problems.add(key + ": a whole number from " + min + " to " + max);
		}
		return this;
	}

	/** A date (YYYY-MM-DD) that has already come: courts and officers record what happened. */
	public OrderFormChecks pastDate(String key) {
		LocalDate date = date(key);
		if (date != null && date.isAfter(today())) {
			problems.add(key + ": the date cannot be in the future");
		}
		return this;
	}

	/** A date after {@code afterKey}'s, or nothing when {@code required} is false. */
	public OrderFormChecks dateAfter(String key, String afterKey, boolean required) {
		if (!required && !present(key)) {
			return this;
		}
		LocalDate date = date(key);
		LocalDate earlier = parse(values.get(afterKey));
		if (date != null && earlier != null && !date.isAfter(earlier)) {
			problems.add(key + ": the date must be after " + afterKey);
		}
		return this;
	}

	public OrderFormChecks absent(String key, String why) {
		if (present(key)) {
			problems.add(key + ": leave empty " + why);
		}
		return this;
	}

	public OrderFormChecks problem(String problem) {
		problems.add(problem);
		return this;
	}

	public boolean present(String key) {
		Object value = values.get(key);
		return value != null && !(value instanceof String text && text.isBlank());
	}

	public Object value(String key) {
		return values.get(key);
	}

	public List<String> problems() {
		return problems;
	}

	private LocalDate date(String key) {
		LocalDate date = parse(values.get(key));
		if (date == null) {
			problems.add(key + ": a date as YYYY-MM-DD");
		}
		return date;
	}

	private static LocalDate parse(Object value) {
		if (!(value instanceof String text)) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	private static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), UK);
	}

}
