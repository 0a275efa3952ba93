package uk.police.spo.dashboard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

/**
 * The name a task's activity has in its process model ("Confirm details and safe contact"), for figures that count
 * tasks by activity. A task's own name cannot stand for its activity: each carries one case's reference and risk
 * level (cases.CaseTaskLabel), and an escalated one a prefix. Names are read from the latest version of each deployed
 * process once, and again when an activity id is met that they do not have (a new deployment).
 */
@Component
class ActivityNames {

	private final RepositoryService repository;

	private volatile Map<String, String> names = Map.of();

	ActivityNames(RepositoryService repository) {
		this.repository = repository;
	}

	/** The activity's name in its model, or its id when no deployed model names it. */
	String of(String activityId) {
		String name = names.get(activityId);
		if (name == null) {
			names = read();
			name = names.get(activityId);
		}
		return name == null ? activityId : name;
	}

	private Map<String, String> read() {
		Map<String, String> read = new ConcurrentHashMap<>();
		for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
			for (FlowElement element : repository.getBpmnModelInstance(definition.getId())
				.getModelElementsByType(FlowElement.class)) {
				if (element.getName() != null && !element.getName().isBlank()) {
					read.putIfAbsent(element.getId(), element.getName().strip());
				}
			}
		}
		return read;
	}

}
