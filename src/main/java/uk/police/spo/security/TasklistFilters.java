package uk.police.spo.security;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import uk.police.spo.system.Escalation;

/**
 * The Tasklist filters, created at start-up: for each group that works cases its unit's tasks, its high-risk tasks and
 * its overdue tasks; for supervisors first, their units' overdue work of every role, then the escalated work; and
 * "My tasks" for everyone.
 * Tasklist opens the filter of lowest priority, so an officer lands on their role's unit queue and a supervisor on
 * the overdue work, rather than on "My tasks", empty until they claim something. Tasklist lists no task without a
 * filter. A group's filters show only its unit's tasks because the engine lets only the case's unit read them
 * (units.UnitAuthorizationProvider).
 */
@Component
class TasklistFilters {

	static final Map<String, String> GROUP_LABELS = Map.of(SpoGroups.TRIAGE_OFFICERS, "Triage",
			SpoGroups.INVESTIGATORS, "Investigation", SpoGroups.SUPERVISORS, "Supervision", SpoGroups.LEGAL_ADVISERS,
			"Legal review", SpoGroups.OFFENDER_MANAGERS, "Order management");

	private final FilterService filters;

	private final TaskService tasks;

	private final EngineAuthorizations authorizations;

	TasklistFilters(FilterService filters, TaskService tasks, EngineAuthorizations authorizations) {
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
	}

	void ensure() {
		ensure("Supervision: overdue, all roles", "Open tasks of my units past their due date, whoever holds them", -10,
				tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(),
				List.of(SpoGroups.SUPERVISORS, SpoGroups.ADMINS));
		ensure("Supervision: escalated, all roles", "Open tasks of my units escalated to supervisors when their "
				+ "deadline passed (named \"OVERDUE, escalated\")", -9,
				tasks.createTaskQuery().taskMinPriority(Escalation.PRIORITY).orderByDueDate().asc(),
				List.of(SpoGroups.SUPERVISORS, SpoGroups.ADMINS));
		ensure("My tasks", "Tasks assigned to me", 50, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
				SpoGroups.STAFF);
		int priority = 0;
		for (String group : List.of(SpoGroups.TRIAGE_OFFICERS, SpoGroups.INVESTIGATORS, SpoGroups.SUPERVISORS,
				SpoGroups.LEGAL_ADVISERS, SpoGroups.OFFENDER_MANAGERS)) {
			String label = GROUP_LABELS.get(group);
			List<String> readers = List.of(group, SpoGroups.ADMINS);
			ensure(label + ": my unit's tasks", "Open " + group + " tasks of my unit, claimed or not", priority++,
					groupTasks(group), readers);
			ensure(label + ": high risk", "Open " + group + " tasks of high-risk cases", priority++,
					groupTasks(group).processVariableValueEquals("riskLevel", "HIGH"), readers);
			ensure(label + ": overdue", "Open " + group + " tasks past their due date", priority++,
					groupTasks(group).dueBeforeExpression("${now()}"), readers);
		}
	}

	private TaskQuery groupTasks(String group) {
		return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().orderByDueDate().asc();
	}

	private void ensure(String name, String description, int priority, TaskQuery query, List<String> readers) {
		Map<String, Object> properties = Map.of("description", description, "priority", priority, "refresh", true);
		Filter filter = filters.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filters.newTaskFilter(name).setProperties(properties).setQuery(query);
			filters.saveFilter(filter);
		}
		else if (!properties.equals(filter.getProperties())) {
			// an earlier version's order or wording: the landing filter must be the one named here
			filters.saveFilter(filter.setProperties(properties));
		}
		authorizations.grantFilterRead(filter.getId(), readers);
	}

}
