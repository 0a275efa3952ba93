package uk.police.spo.security;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The shared Tasklist filters every officer sees; Tasklist lists no task without a filter. */
@Component
class TasklistFilters {

	private final FilterService filters;

	private final TaskService tasks;

	private final EngineAuthorizations authorizations;

	TasklistFilters(FilterService filters, TaskService tasks, EngineAuthorizations authorizations) {
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
	}

	void ensure() {
		ensure("My tasks", "Tasks assigned to me", -10,
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		ensure("My groups' tasks", "Open tasks for my groups, claimed or not", 0,
				tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
	}

	private void ensure(String name, String description, int priority, TaskQuery query) {
		Filter filter = filters.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filters.newTaskFilter(name)
				.setProperties(Map.of("description", description, "priority", priority, "refresh", true))
				.setQuery(query);
			filters.saveFilter(filter);
		}
		authorizations.grantFilterRead(filter.getId(), SpoGroups.STAFF);
	}

}
