package uk.police.spo.tasks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseRiskChanged;
import uk.police.spo.units.CaseWorkMoved;

/**
 * The read model of open work ({@code work_item}, V29, V32): the officers' queues and the dashboard read it instead of
 * the engine's task query, which with authorization checks grows with every open task of a group. Written in the
 * transaction of the engine's own change ({@link WorkItemChanges}), so it holds what the engine holds once committed;
 * each row carries its case's risk level, read from the case as the row is written and moved with the case's
 * {@link CaseRiskChanged}.
 */
@Component
class WorkItems {

	static final int NAME_LENGTH = 255;

	static final int GROUPS_LENGTH = 1000;

	/**
	 * Rows per statement. Connector/J sends a JDBC batch as one statement per row (the engine's optimistic locking
	 * needs the per-row counts that rewriting batches would lose), so the start-up check's thousands of rows went one
	 * round trip each: tasks go in and out this many to a statement instead.
	 */
	static final int ROWS_PER_STATEMENT = 200;

	private static final String COLUMNS = "(task_id, queue_key, process_instance_id, case_id, reference, unit_code, "
			+ "activity_id, task_name, assignee, candidate_groups, created_at, due_at, priority, risk_level, risk_rank, "
			+ "suspended)";

	private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final CaseRecords cases;

	WorkItems(JdbcTemplate jdbc, CaseRecords cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	/** Writes the open tasks as they are now and removes the ended ones. */
	void write(Collection<WorkItem> open, Collection<String> ended) {
		List<String> removed = new ArrayList<>(ended);
		open.forEach(item -> removed.add(item.taskId()));
		for (List<String> chunk : chunks(removed)) {
			jdbc.update("delete from work_item where task_id in (" + String.join(", ", Collections.nCopies(
					chunk.size(), "?")) + ")", chunk.toArray());
		}
		Map<UUID, String> risks = cases.riskLevels(open.stream()
			.map(WorkItem::caseId)
			.map(WorkItems::caseId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		List<Object[]> rows = new ArrayList<>();
		for (WorkItem item : open) {
			String risk = item.caseId() == null ? null : risks.get(caseId(item.caseId()));
			for (String queue : item.queues()) {
				rows.add(new Object[] { item.taskId(), queue, item.processInstanceId(), item.caseId(), item.reference(),
						item.unitCode(), item.activityId(), cut(item.name(), NAME_LENGTH), item.assignee(),
						cut(String.join(",", item.candidateGroups().stream().sorted().toList()), GROUPS_LENGTH),
						utc(item.created()), utc(item.due()), item.priority(), risk, WorkQueueKeys.riskRank(risk),
						item.suspended() });
			}
		}
		for (List<Object[]> chunk : chunks(rows)) {
			jdbc.update("insert into work_item " + COLUMNS + " values "
					+ String.join(", ", Collections.nCopies(chunk.size(), ROW)),
					chunk.stream().flatMap(Arrays::stream).toArray());
		}
	}

	private static <T> List<List<T>> chunks(List<T> all) {
		List<List<T>> chunks = new ArrayList<>();
		for (int first = 0; first < all.size(); first += ROWS_PER_STATEMENT) {
			chunks.add(all.subList(first, Math.min(all.size(), first + ROWS_PER_STATEMENT)));
		}
		return chunks;
	}

	/** The case's risk level moved: its open tasks' rows carry the new one, in the transaction of the change. */
	@EventListener
	void riskChanged(CaseRiskChanged change) {
		jdbc.update("update work_item set risk_level = ?, risk_rank = ? where case_id = ?", change.riskLevel(),
				WorkQueueKeys.riskRank(change.riskLevel()), change.caseId().toString());
	}

	/** A case moved to another unit: its open tasks are that unit's now, in the transaction of the move. */
	@EventListener
	void moved(CaseWorkMoved move) {
		jdbc.update("update work_item set unit_code = ? where reference = ?", move.unitCode(), move.reference());
	}

	/** These process instances' tasks are now those given, each as the engine holds it. */
	void replaceInstances(Collection<String> processInstanceIds, Collection<WorkItem> open) {
		List<Object[]> instances = processInstanceIds.stream().map(id -> new Object[] { id }).toList();
		jdbc.batchUpdate("delete from work_item where process_instance_id = ?", instances);
		write(open, List.of());
	}

	/** A task's case id as the process holds it; anything that is not one has no case to read. */
	private static UUID caseId(String value) {
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	/** UTC wall-clock time in a column without a zone, as the case tables hold instants (dashboard.CaseSql). */
	private static LocalDateTime utc(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
