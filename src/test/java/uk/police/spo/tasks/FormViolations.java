package uk.police.spo.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Submissions made from a form's own declarations: one that meets the whole form, and for every constraint a field
 * declares (required, min, max, decimalDigits, minLength, maxLength, pattern, its options, its type) one that breaks
 * just that constraint, with the field shown. A new form, or a new constraint, is covered without a new test.
 */
final class FormViolations {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final List<String> TEXTS = List.of("Recorded by the officer", "CR-2026-0042", "ABC");

	/** One broken constraint: the values submitted and the field the refusal must name. */
	record Violation(String constraint, String field, String label, Map<String, Object> values) {
	}

	final String formId;

	final FormContract form;

	/** Process variables a form's conditions read that are not its own fields (e.g. urgentSafeguarding). */
	final Map<String, Object> processVariables = new HashMap<>();

	private FormViolations(String formId, FormContract form) {
		this.formId = formId;
		this.form = form;
	}

	static List<String> formIds() {
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".form"))
				.map(name -> name.replace(".form", ""))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static FormViolations of(String formId) {
		try (InputStream in = Files.newInputStream(Path.of("forms", formId + ".form"))) {
			return new FormViolations(formId, FormContract.read(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Values that meet every visible field of the form. */
	Map<String, Object> valid() {
		return fill(new LinkedHashMap<>());
	}

	List<Violation> violations() {
		List<Violation> violations = new ArrayList<>();
		for (FormField field : form.fields()) {
			Map<String, Object> shown = showing(field);
			if (shown == null) {
				throw new IllegalStateException(formId + ": no values of the form show " + field.key());
			}
			for (Map.Entry<String, Object> broken : brokenValues(field).entrySet()) {
				Map<String, Object> values = new LinkedHashMap<>(shown);
				if (broken.getValue() == null) {
					values.remove(field.key());
				}
				else {
					values.put(field.key(), broken.getValue());
				}
				violations.add(new Violation(broken.getKey(), field.key(), field.label(), values));
			}
		}
		return violations;
	}

	/** The constraints of one field, each with a value that breaks it (null: the value left out). */
	private Map<String, Object> brokenValues(FormField field) {
		Map<String, Object> broken = new LinkedHashMap<>();
		switch (field.type()) {
			case "checkbox" -> {
				broken.put("a yes/no", "yes");
				if (field.required()) {
					broken.put("required", false);
				}
			}
			case "number" -> {
				broken.put("a number", "3");
				if (field.min() != null) {
					broken.put("min", field.min().subtract(BigDecimal.ONE).longValue());
				}
				if (field.max() != null) {
					broken.put("max", field.max().add(BigDecimal.ONE).longValue());
				}
				if (Integer.valueOf(0).equals(field.decimalDigits())) {
					broken.put("decimalDigits", validNumber(field).doubleValue() + 0.5);
				}
			}
			case "textfield", "textarea" -> {
				if (field.maxLength() != null) {
					broken.put("maxLength", "x".repeat(field.maxLength() + 1));
				}
				if (field.minLength() != null && field.minLength() > 1) {
					broken.put("minLength", "x".repeat(field.minLength() - 1));
				}
				if (field.pattern() != null) {
					broken.put("pattern", Stream.of("no match ~", "~", "0")
						.filter(text -> !field.pattern().matcher(text).find())
						.findFirst()
						.orElseThrow());
				}
			}
			case "radio", "select" -> broken.put("options", "NOT_AN_OPTION");
			case "checklist" -> broken.put("options", List.of("NOT_AN_OPTION"));
			case "datetime" -> broken.put("a date", "31/12/2026");
			default -> {
			}
		}
		if (field.required() && !"checkbox".equals(field.type())) {
			broken.put("required", null);
		}
		return broken;
	}

	/** Valid values under which {@code field} is shown, found by trying the values its condition reads. */
	private Map<String, Object> showing(FormField field) {
		Map<String, Object> values = valid();
		if (!hidden(field, values)) {
			return values;
		}
		for (Map<String, Object> choice : choices(field)) {
			Map<String, Object> tried = new LinkedHashMap<>(values);
			tried.putAll(choice);
			fill(tried);
			if (!hidden(field, tried)) {
				choice.keySet().stream().filter(key -> !form.keys().contains(key)).forEach(key -> {
					processVariables.put(key, choice.get(key));
					tried.remove(key);
				});
				return tried;
			}
		}
		return null;
	}

	/** Each single value the field's condition could turn on: a field's options, or yes or no. */
	private List<Map<String, Object>> choices(FormField field) {
		List<Map<String, Object>> choices = new ArrayList<>();
		Matcher identifier = IDENTIFIER.matcher(field.hide().toString().replaceAll("\"[^\"]*\"", ""));
		while (identifier.find()) {
			String name = identifier.group();
			FormField other = form.fields().stream().filter(f -> f.key().equals(name)).findFirst().orElse(null);
			List<Object> candidates = other != null && !other.options().isEmpty() ? List.copyOf(other.options())
					: List.of(true, false);
			candidates.forEach(candidate -> choices.add(new HashMap<>(Map.of(name, candidate))));
		}
		return choices;
	}

	private boolean hidden(FormField field, Map<String, Object> values) {
		Map<String, Object> all = new HashMap<>(processVariables);
		all.putAll(values);
		return field.hide().hides(all);
	}

	private Map<String, Object> fill(Map<String, Object> values) {
		for (FormField field : form.fields()) {
			if (!values.containsKey(field.key()) && !hidden(field, values)) {
				values.put(field.key(), validValue(field));
			}
		}
		return values;
	}

	private static Object validValue(FormField field) {
		return switch (field.type()) {
			case "checkbox" -> field.required();
			case "number" -> validNumber(field);
			case "radio", "select" -> field.options().get(0);
			case "checklist" -> List.of(field.options().get(0));
			case "datetime" -> LocalDate.now(ZoneId.of("Europe/London")).toString();
			default -> TEXTS.stream()
				.filter(text -> field.pattern() == null || field.pattern().matcher(text).find())
				.filter(text -> field.maxLength() == null || text.length() <= field.maxLength())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no sample text fits " + field.key()));
		};
	}

	private static Long validNumber(FormField field) {
		if (field.min() != null) {
			return field.min().longValue();
		}
		return field.max() != null ? Math.min(1L, field.max().longValue()) : 1L;
	}

}
