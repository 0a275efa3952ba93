package uk.police.spo.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.DeployedForms.TaskRef;

/**
 * The server's check of a task submission, the same on every path ({@link TaskSubmissionGuard} for engine REST and
 * Tasklist, {@link TaskSubmissionListener} for everything that completes a task): first what the task's deployed form
 * declares, then the task's {@link TaskRule}s, so that the officer hears of every problem at once.
 */
@Component
class TaskSubmissionCheck {

	private final DeployedForms forms;

	private final Map<String, List<TaskRule>> rules;

	TaskSubmissionCheck(DeployedForms forms, List<TaskRule> rules) {
		this.forms = forms;
		this.rules = rules.stream().collect(Collectors.groupingBy(TaskRule::taskDefinitionKey));
	}

	/** Each problem as "field: message"; empty when the values are acceptable. */
	List<String> problems(TaskRef task, Map<String, Object> values) {
		List<String> problems = new ArrayList<>(forms.of(task).map(form -> form.problems(values)).orElse(List.of()));
		rules.getOrDefault(task.taskDefinitionKey(), List.of()).forEach(rule -> problems.addAll(rule.problems(values)));
		return problems;
	}

	/** Each problem with its field named by the label the officer sees on the task's form. */
	List<String> inOfficersWords(TaskRef task, List<String> problems) {
		return forms.of(task)
			.map(form -> problems.stream().map(form::inOfficersWords).toList())
			.orElse(problems);
	}

	/** The problems that are about a field of the task's form, each with that field; none when it has no form. */
	List<FieldRefusal> atFields(TaskRef task, List<String> problems) {
		return forms.of(task)
			.map(form -> problems.stream().map(form::atField).flatMap(Optional::stream).toList())
			.orElse(List.of());
	}

	/** The submitted keys that are not fields of the task's form, each as a problem; none when it has no form. */
	List<String> notOnTheForm(TaskRef task, Collection<String> submitted) {
		Set<String> fields = forms.of(task).map(FormContract::keys).orElse(null);
		if (fields == null) {
			return List.of();
		}
		return submitted.stream()
			.filter(name -> !fields.contains(name))
			.sorted()
			.map(name -> name + ": is not a field of this task's form")
			.toList();
	}

}
