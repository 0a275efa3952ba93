package uk.police.spo.tasks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

/**
 * Checks a task form submission (Tasklist's and engine REST's {@code submit-form} and {@code complete}) with the
 * task's {@link TaskFormValidator} before the engine sees it, and refuses a bad one with 400 and the engine's error
 * shape ({@code type}, {@code message}), which Tasklist shows to the officer. The task stays open. A submission may
 * carry only the fields of the task's form ({@link TaskFormFields}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class TaskSubmissionGuard extends OncePerRequestFilter {

	private static final Pattern SUBMISSION = Pattern
		.compile(EngineRestPaths.BASE + "/task/([^/]+)/(?:submit-form|complete)$");

	private static final int MAX_FORM_BODY = 256 * 1024;

	private final TaskService tasks;

	private final Map<String, TaskFormValidator> validators;

	private final ObjectMapper json;

	private final TaskFormFields formFields;

	TaskSubmissionGuard(TaskService tasks, List<TaskFormValidator> validators, ObjectMapper json,
			TaskFormFields formFields) {
		this.tasks = tasks;
		this.validators = validators.stream()
			.collect(Collectors.toMap(TaskFormValidator::taskDefinitionKey, Function.identity()));
		this.json = json;
		this.formFields = formFields;
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
		List<String> problems = new ArrayList<>(notOnTheForm(task, submitted.keySet()));
		TaskFormValidator validator = validators.get(task.getTaskDefinitionKey());
		if (validator != null) {
			// rules may tie a field to what the process already knows (e.g. urgent safeguarding): as the engine sees it
			Map<String, Object> values = new HashMap<>(tasks.getVariables(task.getId()));
			values.putAll(submitted);
			problems.addAll(validator.problems(values));
		}
		if (problems.isEmpty()) {
			chain.doFilter(cached, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(),
				Map.of("type", "InvalidFormSubmission", "message", String.join("; ", problems)));
	}

	private List<String> notOnTheForm(Task task, Set<String> submitted) {
		Set<String> fields = formFields.of(task).orElse(null);
		if (fields == null) {
			return List.of();
		}
		return submitted.stream()
			.filter(name -> !fields.contains(name))
			.sorted()
			.map(name -> name + ": is not a field of this task's form")
			.toList();
	}

	private Map<String, Object> submittedValues(byte[] body) {
		Map<String, Object> values = new HashMap<>();
		try {
			JsonNode variables = json.readTree(body).path("variables");
			variables.fields().forEachRemaining(field -> values.put(field.getKey(),
					json.convertValue(field.getValue().path("value"), Object.class)));
		}
		catch (IOException notJson) {
			// left empty: the validator then names every required field
		}
		return values;
	}

}
