package uk.police.spo.tasks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.police.spo.units.CaseWorkMoved;

/**
 * The read model of open work ({@code work_item}, V29): the officers' queues and the dashboard read it instead of the
 * engine's task query, which with authorization checks grows with every open task of a group. Written in the
 * transaction of the engine's own change ({@link WorkItemChanges}), so it holds what the engine holds once committed.
 */
@Component
class WorkItems {

	static final int NAME_LENGTH = 255;

	static final int GROUPS_LENGTH = 1000;

	private final JdbcTemplate jdbc;

	WorkItems(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the open tasks as they are now and removes the ended ones. */
	void write(Collection<WorkItem> open, Collection<String> ended) {
		List<Object[]> removed = new ArrayList<>();
		ended.forEach(id -> removed.add(new Object[] { id }));
		open.forEach(item -> removed.add(new Object[] { item.taskId() }));
		if (!removed.isEmpty()) {
			jdbc.batchUpdate("delete from work_item where task_id = ?", removed);
		}
		List<Object[]> rows = new ArrayList<>();
		for (WorkItem item : open) {
			for (String queue : item.queues()) {
				rows.add(new Object[] { item.taskId(), queue, item.processInstanceId(), item.caseId(), item.reference(),
						item.unitCode(), item.activityId(), cut(item.name(), NAME_LENGTH), item.assignee(),
						cut(String.join(",", item.candidateGroups().stream().sorted().toList()), GROUPS_LENGTH),
						utc(item.created()), utc(item.due()), item.priority() });
			}
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("insert into work_item (task_id, queue_key, process_instance_id, case_id, reference, "
					+ "unit_code, activity_id, task_name, assignee, candidate_groups, created_at, due_at, priority) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		}
	}

	/** A case moved to another unit: its open tasks are that unit's now, in the transaction of the move. */
	@EventListener
	void moved(CaseWorkMoved move) {
		jdbc.update("update work_item set unit_code = ? where reference = ?", move.unitCode(), move.reference());
	}

	/** The ids of the tasks the read model holds. */
	List<String> taskIds() {
		return jdbc.queryForList("select task_id from work_item where queue_key = ?", String.class, WorkQueueKeys.EVERY_TASK);
	}

	void remove(Collection<String> taskIds) {
		write(List.of(), taskIds);
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	/** UTC wall-clock time in a column without a zone, as the case tables hold instants (dashboard.CaseSql). */
	private static LocalDateTime utc(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
