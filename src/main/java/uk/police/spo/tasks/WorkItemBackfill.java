package uk.police.spo.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.police.spo.units.UnitTaskAccess;

/**
 * Fills in the read model of open work at start from the engine's public API: tasks opened before it existed (or
 * while it was not kept, such as rows copied into the engine's tables by hand) are added, and rows of tasks the engine
 * no longer has are removed. Idempotent. It reads every open task at every start, 500 a page, once the application
 * is up, and logs how long that took.
 */
@Component
class WorkItemBackfill {

	static final int PAGE = 500;

	private static final Logger log = LoggerFactory.getLogger(WorkItemBackfill.class);

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final WorkItems items;

	WorkItemBackfill(TaskService tasks, RuntimeService runtime, WorkItems items) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.items = items;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillIn() {
		long started = System.nanoTime();
		Set<String> held = new HashSet<>(items.taskIds());
		Set<String> open = new HashSet<>();
		int added = 0;
		for (int first = 0;; first += PAGE) {
			List<Task> page = tasks.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE);
			page.forEach(task -> open.add(task.getId()));
			List<Task> missing = page.stream()
				.filter(task -> !held.contains(task.getId()) && task.getProcessInstanceId() != null)
				.toList();
			if (!missing.isEmpty()) {
				items.write(workItems(missing), List.of());
				added += missing.size();
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		Set<String> gone = held.stream().filter(id -> !open.contains(id)).collect(Collectors.toSet());
		items.remove(gone);
		log.info("Work items checked against the engine's {} open tasks in {} ms: {} added, {} removed", open.size(),
				(System.nanoTime() - started) / 1_000_000, added, gone.size());
	}

	private List<WorkItem> workItems(List<Task> missing) {
		Set<String> instances = missing.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, String> references = runtime.createProcessInstanceQuery()
			.processInstanceIds(instances)
			.list()
			.stream()
			.filter(instance -> instance.getBusinessKey() != null)
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
		Map<String, Map<String, String>> variables = new HashMap<>();
		for (VariableInstance variable : runtime.createVariableInstanceQuery()
			.variableNameIn(WorkItemChanges.CASE_ID, UnitTaskAccess.CASE_UNIT)
			.processInstanceIdIn(instances.toArray(String[]::new))
			.disableCustomObjectDeserialization()
			.list()) {
			Map<String, String> values = variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>());
			// the instance's own variable wins over a local one of the same name in one of its scopes
			if (variable.getProcessInstanceId().equals(variable.getExecutionId())
					|| !values.containsKey(variable.getName())) {
				values.put(variable.getName(), Objects.toString(variable.getValue(), null));
			}
		}
		List<WorkItem> found = new ArrayList<>();
		for (Task task : missing) {
			Map<String, String> values = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
			found.add(new WorkItem(task.getId(), task.getProcessInstanceId(), values.get(WorkItemChanges.CASE_ID),
					references.get(task.getProcessInstanceId()), values.get(UnitTaskAccess.CASE_UNIT),
					task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
					TaskRoles.candidateGroups(tasks.getIdentityLinksForTask(task.getId())),
					task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
					task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority()));
		}
		return found;
	}

}
