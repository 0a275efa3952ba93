package uk.police.spo.tasks;

import java.util.List;
import java.util.Map;

/**
 * A rule about one user task's submission that its Camunda Form cannot declare: one that ties fields together, or
 * checks an answer against the case's data. The form's own declarations (required, lengths, patterns, options) are
 * enforced from the deployed form and are not restated here. A rule is a Spring bean and may use others.
 */
public interface TaskRule {

	/** The BPMN id of the user task, e.g. {@code Task_ClassifyConduct}. */
	String taskDefinitionKey();

	/**
	 * Each problem as "field: message"; empty when the values are acceptable. The values are the task's variables with
	 * the submitted ones over them, checked against the form at the same time: a rule passes over a value of the wrong
	 * type, which the form's check names.
	 */
	List<String> problems(Map<String, Object> values);

}
