package uk.police.spo.tasks;

import java.util.HashMap;
import java.util.Map;

import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * A form field's {@code conditional.hide}: a FEEL expression over the form's data (the task's variables and the
 * submitted values), evaluated with the same FEEL engine Camunda uses. A field is hidden only when it yields true.
 */
final class HideCondition {

	private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

	private static final HideCondition NEVER = new HideCondition(null, "");

	private final ParsedExpression expression;

	private final String text;

	private HideCondition(ParsedExpression expression, String text) {
		this.expression = expression;
		this.text = text;
	}

	/** @throws IllegalArgumentException when the expression is not FEEL, so a broken form is found when it is read */
	static HideCondition of(String expression) {
		if (expression == null || expression.isBlank()) {
			return NEVER;
		}
		ParseResult parsed = FEEL.parseExpression(expression.strip().replaceFirst("^=", ""));
		if (parsed.isFailure()) {
			throw new IllegalArgumentException("Not a FEEL expression: " + expression);
		}
		return new HideCondition(parsed.parsedExpression(), expression);
	}

	@Override
	public String toString() {
		return text;
	}

	boolean hides(Map<String, Object> values) {
		if (expression == null) {
			return false;
		}
		Map<String, Object> data = new HashMap<>();
		// form data is text, numbers, booleans and lists; other engine variables mean nothing to a form
		values.forEach((key, value) -> {
			if (value instanceof String || value instanceof Number || value instanceof Boolean
					|| value instanceof java.util.Collection<?>) {
				data.put(key, value);
			}
		});
		return Boolean.TRUE.equals(FEEL.evaluate(expression, data).result());
	}

}
