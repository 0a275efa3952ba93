package uk.police.spo.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One task's form from forms/ and its rules, checked as the server checks a submission, for unit tests. */
public final class FormSubmission {

	private final FormContract form;

	private final List<TaskRule> rules;

	private FormSubmission(FormContract form, List<TaskRule> rules) {
		this.form = form;
		this.rules = rules;
	}

	public static FormSubmission of(String formId, TaskRule... rules) {
		try (InputStream in = Files.newInputStream(Path.of("forms", formId + ".form"))) {
			return new FormSubmission(FormContract.read(in), List.of(rules));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Each problem as "field: message", the form's first, then the rules'. */
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>(form.problems(values));
		rules.forEach(rule -> problems.addAll(rule.problems(values)));
		return problems;
	}

	/** The values as Tasklist submits them: every visible checkbox that is not among them unticked. */
	public Map<String, Object> asTasklistSends(Map<String, Object> values) {
		Map<String, Object> sent = new HashMap<>(values);
		for (FormField field : form.fields()) {
			if ("checkbox".equals(field.type()) && !field.hide().hides(values)) {
				sent.putIfAbsent(field.key(), false);
			}
		}
		return sent;
	}

}
