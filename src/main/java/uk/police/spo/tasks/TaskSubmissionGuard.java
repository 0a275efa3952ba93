package uk.police.spo.tasks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.police.spo.system.CachedBodyRequest;
import uk.police.spo.system.ProblemResponses;
import uk.police.spo.system.EngineRestPaths;
import uk.police.spo.tasks.DeployedForms.TaskRef;

/**
 * Checks a task form submission (Tasklist's and engine REST's {@code submit-form} and {@code complete}) with
 * {@link TaskSubmissionCheck} before the engine sees it, and refuses a bad one with 400 and the engine's error shape
 * ({@code type}, {@code message}), which Tasklist shows to the officer, and {@code fields}: each refused field of the
 * form with its message ({@link FieldRefusal}), which Tasklist's script {@code field-refusals.js} shows at the field.
 * The task stays open. A submission may carry only the fields of the task's deployed form.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class TaskSubmissionGuard extends OncePerRequestFilter {

	private static final Pattern SUBMISSION = Pattern
		.compile(EngineRestPaths.BASE + "/task/([^/]+)/(?:submit-form|complete)$");

	private static final int MAX_FORM_BODY = 256 * 1024;

	private final TaskService tasks;

	private final TaskSubmissionCheck check;

	private final ObjectMapper json;

	TaskSubmissionGuard(TaskService tasks, TaskSubmissionCheck check, ObjectMapper json) {
		this.tasks = tasks;
		this.check = check;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !SUBMISSION.matcher(EngineRestPaths.path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher matcher = SUBMISSION.matcher(EngineRestPaths.path(request));
		matcher.matches();
		Task task = tasks.createTaskQuery().taskId(matcher.group(2)).singleResult();
		if (task == null) {
			chain.doFilter(request, response);
			return;
		}
		CachedBodyRequest cached = CachedBodyRequest.read(request, MAX_FORM_BODY);
		if (cached == null) {
			ProblemResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Form too large",
					"A task form can be at most 256 KiB.");
			return;
		}
		Map<String, Object> submitted = submittedValues(cached.body());
		if (submitted == null) {
			refuse(response, "The submission is not of the form {\"variables\": {\"name\": {\"value\": ..., \"type\": "
					+ "\"...\", \"valueInfo\": {...}}}}.");
			return;
		}
		TaskRef ref = new TaskRef(task.getId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey());
		List<String> problems = new ArrayList<>(check.notOnTheForm(ref, submitted.keySet()));
		// a form's conditions and a rule may read what the process already knows (e.g. urgent safeguarding)
		Map<String, Object> values = new HashMap<>(tasks.getVariables(task.getId()));
		values.putAll(submitted);
		problems.addAll(check.problems(ref, values));
		if (problems.isEmpty()) {
			chain.doFilter(cached, response);
			return;
		}
		refuse(response, String.join("; ", check.inOfficersWords(ref, problems)), check.atFields(ref, problems));
	}

	private void refuse(HttpServletResponse response, String message) throws IOException {
		refuse(response, message, List.of());
	}

	/** {@code fields}: the problems about a form's fields, for Tasklist's script to show at each field. */
	private void refuse(HttpServletResponse response, String message, List<FieldRefusal> fields) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(),
				Map.of("type", "InvalidFormSubmission", "message", message, "fields", fields));
	}

	/**
	 * The submitted values by name; empty when the body is not JSON (the check then names every required field);
	 * null when it is JSON of another shape than engine REST's (which engine REST would refuse in a plain-text
	 * answer naming Java classes), or a value is not of the type declared beside it, or of a type no form field has.
	 */
	private Map<String, Object> submittedValues(byte[] body) {
		Map<String, Object> values = new HashMap<>();
		JsonNode submission;
		try {
			submission = json.readTree(body);
		}
		catch (IOException notJson) {
			return values;
		}
		if (submission == null || submission.isMissingNode()) {
			return values;
		}
		JsonNode variables = submission.get("variables");
		if (!submission.isObject() || (variables != null && !variables.isObject())) {
			return null;
		}
		for (Map.Entry<String, JsonNode> field : variables == null ? List.<Map.Entry<String, JsonNode>>of()
				: variables.properties()) {
			JsonNode variable = field.getValue();
			if (!variable.isObject() || !oneOf(variable.get("type"), JsonNode::isTextual)
					|| !oneOf(variable.get("valueInfo"), JsonNode::isObject)
					|| !ofItsDeclaredType(variable.hasNonNull("type") ? variable.get("type").asText() : null,
							variable.path("value"))) {
				return null;
			}
			values.put(field.getKey(), json.convertValue(variable.path("value"), Object.class));
		}
		return values;
	}

	/**
	 * Whether the value is of the type declared beside it, for the types a form's field has. The engine converts a
	 * value to its declared type before the task's listener checks it again ({@code true} declared a String becomes
	 * "true"): a value this check saw in another form would reach that listener, whose refusal engine REST answers
	 * with a 500. An empty type name is refused too: engine REST fails on it with a 500 of its own.
	 */
	private static boolean ofItsDeclaredType(String type, JsonNode value) {
		if (type == null || value.isNull() || value.isMissingNode()) {
			return true;
		}
		return switch (type.toLowerCase(java.util.Locale.ROOT)) {
			// a checklist's values as JSON text (Tasklist's way), and no value at all: the engine checks these itself
			case "json", "null" -> true;
			case "boolean" -> value.isBoolean();
			case "string", "date" -> value.isTextual();
			case "integer", "long", "short" -> value.isIntegralNumber();
			case "double" -> value.isNumber();
			default -> false;
		};
	}

	/** Absent, null, or of the kind {@code test} accepts. */
	private static boolean oneOf(JsonNode node, java.util.function.Predicate<JsonNode> test) {
		return node == null || node.isNull() || test.test(node);
	}

}
