package uk.police.spo.tasks;

import java.util.ArrayList;
import java.util.Collection;
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
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import uk.police.spo.units.UnitTaskAccess;

/**
 * Open tasks as the read model holds them ({@link WorkItem}), read from the engine {@link #BATCH} at a time: the
 * tasks, their instances' business keys and variables through the engine's query API, and their candidate groups in
 * one read of the engine's identity links per batch (the API answers one task at a time, a query each).
 */
@Component
class EngineWorkItems {

	static final int BATCH = 500;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final NamedParameterJdbcTemplate jdbc;

	EngineWorkItems(TaskService tasks, RuntimeService runtime, NamedParameterJdbcTemplate jdbc) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.jdbc = jdbc;
	}

	/** These tasks, those the engine still has and that belong to a process instance. */
	List<WorkItem> ofTasks(Collection<String> taskIds) {
		List<WorkItem> found = new ArrayList<>();
		for (List<String> batch : batches(taskIds)) {
			found.addAll(items(tasks.createTaskQuery().taskIdIn(batch.toArray(String[]::new)).list()));
		}
		return found;
	}

	/** The open tasks of these process instances. */
	List<WorkItem> ofInstances(Collection<String> processInstanceIds) {
		List<WorkItem> found = new ArrayList<>();
		for (List<String> batch : batches(processInstanceIds)) {
			found.addAll(items(tasks.createTaskQuery().processInstanceIdIn(batch.toArray(String[]::new)).list()));
		}
		return found;
	}

	private static List<List<String>> batches(Collection<String> ids) {
		List<String> all = List.copyOf(new HashSet<>(ids));
		List<List<String>> batches = new ArrayList<>();
		for (int first = 0; first < all.size(); first += BATCH) {
			batches.add(all.subList(first, Math.min(all.size(), first + BATCH)));
		}
		return batches;
	}

	private List<WorkItem> items(List<Task> found) {
		List<Task> inInstances = found.stream().filter(task -> task.getProcessInstanceId() != null).toList();
		if (inInstances.isEmpty()) {
			return List.of();
		}
		Set<String> instances = inInstances.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, String> references = runtime.createProcessInstanceQuery()
			.processInstanceIds(instances)
			.list()
			.stream()
			.filter(instance -> instance.getBusinessKey() != null)
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
		Map<String, Map<String, String>> variables = variables(instances);
		Map<String, Set<String>> groups = candidateGroups(inInstances.stream().map(Task::getId).toList());
		List<WorkItem> items = new ArrayList<>();
		for (Task task : inInstances) {
			Map<String, String> values = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
			items.add(new WorkItem(task.getId(), task.getProcessInstanceId(), values.get(WorkItemChanges.CASE_ID),
					references.get(task.getProcessInstanceId()), values.get(UnitTaskAccess.CASE_UNIT),
					task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
					groups.getOrDefault(task.getId(), Set.of()),
					task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
					task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority(),
					task.isSuspended()));
		}
		return items;
	}

	private Map<String, Map<String, String>> variables(Set<String> instances) {
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
		return variables;
	}

	/** The candidate groups of these tasks, as {@link TaskRoles#candidateGroups} reads them from a task's links. */
	private Map<String, Set<String>> candidateGroups(List<String> taskIds) {
		Map<String, Set<String>> groups = new HashMap<>();
		jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TASK_ID_ in (:tasks) and TYPE_ = :type "
				+ "and GROUP_ID_ is not null", Map.of("tasks", taskIds, "type", IdentityLinkType.CANDIDATE),
				row -> {
					groups.computeIfAbsent(row.getString("TASK_ID_"), id -> new HashSet<>()).add(row.getString("GROUP_ID_"));
				});
		return groups;
	}

}
