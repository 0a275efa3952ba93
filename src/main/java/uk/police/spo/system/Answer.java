package uk.police.spo.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One value a process step reads that someone gave it: a field of a task's deployed form, a variable of a case
 * message's payload, or the result of a DMN decision. Each is declared once, as a constant beside the step that reads
 * it, naming where it comes from; {@code AnswersDeclaredTests} checks every such constant against those forms,
 * messages and decisions, so that a renamed field fails the build instead of reading nothing.
 * <p>
 * The form's own rules (required, options, patterns) have already been enforced when a delegate reads an answer, so
 * the readers convert and do not validate again; a value of the wrong shape is a modelling error and says which.
 */
public record Answer(String key, List<Origin> origins) {

	/** Where an answer is declared: a deployed form's field, a case message's variable, or a decision's result. */
	public record Origin(Source source, String name) {
	}

	public enum Source {
		/** A field of the deployed form with this id ({@code forms/<id>.form}). */
		FORM,
		/** A variable of the case message with this name. */
		MESSAGE,
		/** The result variable of the DMN decision with this id. */
		DECISION
	}

	public Answer {
		origins = List.copyOf(origins);
		if (origins.isEmpty()) {
			throw new IllegalArgumentException(key + ": an answer comes from at least one form, message or decision");
		}
	}

	/** A field declared by each of these forms (their ids, as in {@code forms/<id>.form}). */
	public static Answer field(String key, String... forms) {
		return new Answer(key, origins(Source.FORM, forms));
	}

	/** A variable carried by each of these case messages. */
	public static Answer payload(String key, String... messages) {
		return new Answer(key, origins(Source.MESSAGE, messages));
	}

	/** The result variable of a DMN decision (its {@code camunda:resultVariable}). */
	public static Answer decision(String key, String decision) {
		return new Answer(key, origins(Source.DECISION, decision));
	}

	/** The same answer, also carried by these case messages. */
	public Answer orPayloadOf(String... messages) {
		return new Answer(key, Stream.concat(origins.stream(), origins(Source.MESSAGE, messages).stream()).toList());
	}

	private static List<Origin> origins(Source source, String... names) {
		return Stream.of(names).map(name -> new Origin(source, name)).toList();
	}

	public Object value(VariableScope scope) {
		return scope.getVariable(key);
	}

	/** The value among a submission's or a message's variables. */
	public Object in(Map<String, ?> variables) {
		return variables.get(key);
	}

	/** Free text, stripped; {@code null} when left blank. */
	public String text(VariableScope scope) {
		return value(scope) instanceof String text && !text.isBlank() ? text.strip() : null;
	}

	/** A yes/no answer; an answer not given is not a yes. */
	public boolean yes(VariableScope scope) {
		return Boolean.TRUE.equals(value(scope));
	}

	/** Whether the chosen option is this one. */
	public boolean is(VariableScope scope, String option) {
		return option.equals(value(scope));
	}

	public <E extends Enum<E>> E choice(VariableScope scope, Class<E> options) {
		return Enum.valueOf(options, required(scope).toString());
	}

	/** A day as the forms and messages give it (yyyy-MM-dd); {@code null} when not given. */
	public LocalDate date(VariableScope scope) {
		Object value = value(scope);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.toString());
		}
		catch (DateTimeParseException notADay) {
			throw new IllegalStateException(key + " is not a date (yyyy-MM-dd)", notADay);
		}
	}

	/** A moment with its offset, as the messages give it (ISO 8601, for example 2026-05-01T10:15:00+01:00). */
	public Instant instant(VariableScope scope) {
		try {
			return OffsetDateTime.parse(required(scope).toString()).toInstant();
		}
		catch (DateTimeParseException notAMoment) {
			throw new IllegalStateException(key + " is not a date and time with its offset", notAMoment);
		}
	}

	public int whole(VariableScope scope) {
		if (!(required(scope) instanceof Number number)) {
			throw new IllegalStateException(key + " is not a number");
		}
		return number.intValue();
	}

	/** A structured value (a decision's result map or list), as the engine holds it. */
	public <T> T as(VariableScope scope, Class<T> type) {
		return type.cast(required(scope));
	}

	private Object required(VariableScope scope) {
		Object value = value(scope);
		if (value == null) {
			throw new IllegalStateException("The process reached a step that reads " + key + " without it");
		}
		return value;
	}

}
