package uk.police.spo.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a deployed Camunda Form (form-js JSON) declares about its fields, as the server enforces it: a submission may
 * carry only the form's fields, and each visible field must meet its own declaration ({@link FormField}).
 */
final class FormContract {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<FormField> fields;

	private FormContract(List<FormField> fields) {
		this.fields = List.copyOf(fields);
	}

	static FormContract read(InputStream form) throws IOException {
		return of(JSON.readTree(form));
	}

	static FormContract of(JsonNode form) {
		List<FormField> fields = new ArrayList<>();
		collect(form.path("components"), fields);
		return new FormContract(fields);
	}

	Set<String> keys() {
		return fields.stream().map(FormField::key).collect(Collectors.toUnmodifiableSet());
	}

	/** The fields that hold the officer's own answers: they start empty whatever the process holds. */
	List<String> answerKeys() {
		return fields.stream().filter(FormField::startsEmpty).map(FormField::key).distinct().toList();
	}

	List<FormField> fields() {
		return fields;
	}

	/** Each problem as "field: message", in the form's order; empty when the values meet the form. */
	List<String> problems(Map<String, Object> values) {
		return fields.stream().map(field -> field.problem(values)).flatMap(Optional::stream).toList();
	}

	/**
	 * A problem ("field: message") as an officer reads it: the field named by its label, as the form shows it, rather
	 * than by its variable name; a problem about no field of this form is left as it is.
	 */
	String inOfficersWords(String problem) {
		for (FormField field : fields) {
			if (problem.startsWith(field.key() + ": ")) {
				return field.label() + problem.substring(field.key().length());
			}
		}
		return problem;
	}

	/**
	 * A problem ("field: message") about a field of this form, as Tasklist's script shows it at the field: the field's
	 * key, form id and label, and the message; empty for a problem about no field of this form.
	 */
	Optional<FieldRefusal> atField(String problem) {
		for (FormField field : fields) {
			if (problem.startsWith(field.key() + ": ")) {
				return Optional.of(new FieldRefusal(field.key(), field.id(), field.label(),
						problem.substring(field.key().length() + 2)));
			}
		}
		return Optional.empty();
	}

	private static void collect(JsonNode components, List<FormField> fields) {
		for (JsonNode component : components) {
			if (component.hasNonNull("key")) {
				fields.add(FormField.of(component));
			}
			collect(component.path("components"), fields);
		}
	}

}
