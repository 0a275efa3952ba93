package uk.police.spo.tasks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One keyed component of a Camunda Form (its {@code id} is the form's own, which form-js puts in the field's element
 * id) and what it declares about its value: its type, {@code validate} (required,
 * min, max, minLength, maxLength, pattern), {@code decimalDigits}, its static options and {@code conditional.hide}.
 * A hidden field is not checked, as form-js neither validates nor submits it.
 */
record FormField(String key, String type, boolean required, BigDecimal min, BigDecimal max, Integer minLength,
		Integer maxLength, Pattern pattern, Integer decimalDigits, List<String> options, boolean dateOnly,
		HideCondition hide, boolean prefilled, String label, String description, String id) {

	/** The component types in which an officer records what they did or decided. */
	private static final List<String> ANSWER_TYPES = List.of("checkbox", "checklist", "datetime", "number", "radio",
			"select", "taglist", "textarea", "textfield");

	static FormField of(JsonNode component) {
		JsonNode validate = component.path("validate");
		return new FormField(component.get("key").asText(), component.path("type").asText(),
				validate.path("required").asBoolean(false), decimal(validate.get("min")), decimal(validate.get("max")),
				integer(validate.get("minLength")), integer(validate.get("maxLength")),
				validate.hasNonNull("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
				integer(component.get("decimalDigits")), options(component),
				"date".equals(component.path("subtype").asText()),
				HideCondition.of(component.path("conditional").path("hide").asText(null)),
				!component.path("properties").path("prefilled").asText("").isBlank(),
				component.path("label").asText(component.get("key").asText()).strip(),
				component.path("description").asText(null), component.path("id").asText(null));
	}

	/**
	 * Whether the officer's own answer goes here, so that it must start empty: an input the form does not mark as
	 * prefilled (custom property {@code prefilled}, naming where the value comes from, as "report").
	 */
	boolean startsEmpty() {
		return !prefilled && ANSWER_TYPES.contains(type);
	}

	/** What is wrong with this field's value in {@code values} (the task's variables with the submission). */
	Optional<String> problem(Map<String, Object> values) {
		if (hide.hides(values)) {
			return Optional.empty();
		}
		Object value = values.get(key);
		if ("checkbox".equals(type)) {
			// an unticked box is false, as form-js submits it; a caller that leaves it out means the same
			if (value != null && !(value instanceof Boolean)) {
				return problem("tick for yes, leave for no");
			}
			return required && !Boolean.TRUE.equals(value) ? problem("tick to confirm") : Optional.empty();
		}
		if (value == null || value instanceof String text && text.isEmpty()
				|| value instanceof Collection<?> list && list.isEmpty()) {
			return required ? problem("required") : Optional.empty();
		}
		return switch (type) {
			case "number" -> number(value);
			case "textfield", "textarea" -> text(value);
			case "radio", "select" -> options.isEmpty() || options.contains(value) ? Optional.empty()
					: problem("choose one of " + options);
			case "checklist" -> options.isEmpty() || value instanceof Collection<?> chosen && options.containsAll(chosen)
					? Optional.empty() : problem("choose from " + options);
			case "datetime" -> !dateOnly || isDate(value) ? Optional.empty() : problem("a date as YYYY-MM-DD");
			default -> Optional.empty();
		};
	}

	private Optional<String> number(Object value) {
		if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
			return problem(range());
		}
		BigDecimal decimal = new BigDecimal(number.toString());
		boolean tooPrecise = decimalDigits != null && decimal.stripTrailingZeros().scale() > decimalDigits;
		boolean outside = min != null && decimal.compareTo(min) < 0 || max != null && decimal.compareTo(max) > 0;
		return tooPrecise || outside ? problem(range()) : Optional.empty();
	}

	private Optional<String> text(Object value) {
		if (!(value instanceof String text) || maxLength != null && text.length() > maxLength
				|| minLength != null && text.length() < minLength) {
			return problem(length());
		}
		return pattern == null || pattern.matcher(text).find() ? Optional.empty()
				: problem(description == null ? "not in the form this field asks for"
						: "write it as the form says: " + description);
	}

	private String range() {
		String number = Integer.valueOf(0).equals(decimalDigits) ? "a whole number" : "a number";
		if (min != null && max != null) {
			return number + " from " + min.toPlainString() + " to " + max.toPlainString();
		}
		if (min != null || max != null) {
			return number + (min != null ? " of at least " + min.toPlainString() : " of at most " + max.toPlainString());
		}
		return number;
	}

	private String length() {
		if (minLength != null && maxLength != null) {
			return "text of " + minLength + " to " + maxLength + " characters";
		}
		if (minLength != null || maxLength != null) {
			return "text of " + (maxLength != null ? "at most " + maxLength : "at least " + minLength) + " characters";
		}
		return "text";
	}

	private Optional<String> problem(String message) {
		return Optional.of(key + ": " + message);
	}

	private static boolean isDate(Object value) {
		try {
			return value instanceof String text && text.length() == 10 && LocalDate.parse(text) != null;
		}
		catch (DateTimeParseException notADate) {
			return false;
		}
	}

	/** The static options; a field whose options come from a variable ({@code valuesKey}) has none to check. */
	private static List<String> options(JsonNode component) {
		return component.path("values").findValuesAsText("value");
	}

	private static BigDecimal decimal(JsonNode node) {
		return node == null || !node.isNumber() ? null : node.decimalValue();
	}

	private static Integer integer(JsonNode node) {
		return node == null || !node.isNumber() ? null : node.intValue();
	}

}
