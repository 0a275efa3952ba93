package uk.police.spo.tasks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks the read model of open work against the engine's open tasks at start: tasks opened before it existed (or
 * while it was not kept, such as rows copied into the engine's tables by hand) are added, tasks whose suspension the
 * model does not show are written again, and rows of tasks the engine no longer has are removed. Idempotent, once the
 * application is up, and logged with its time. The differences are found from the ids alone, read from the engine's
 * task table and from {@code work_item} (the engine's API would hand over every open task with all its fields);
 * only what differs is read through {@link EngineWorkItems}, a batch at a time.
 */
@Component
class WorkItemBackfill {

	private static final Logger log = LoggerFactory.getLogger(WorkItemBackfill.class);

	/*
	 * Each side's ids read on its own and compared here: the engine's ids are utf8mb3 and the model's utf8mb4 on
	 * MySQL, and a join across the two ran for seconds at 20,000 tasks (a "not exists" into the engine's table, whose
	 * index the other side's value cannot use, for over two minutes at 100,000).
	 */
	private static final String ENGINE_TASKS = "select ID_ from ACT_RU_TASK where PROC_INST_ID_ is not null";

	private static final String ENGINE_SUSPENDED = ENGINE_TASKS + " and SUSPENSION_STATE_ = 2";

	private static final String HELD = "select task_id from work_item where queue_key = ?";

	private static final String HELD_SUSPENDED = HELD + " and suspended = true";

	private final JdbcTemplate jdbc;

	private final EngineWorkItems engine;

	private final WorkItems items;

	WorkItemBackfill(JdbcTemplate jdbc, EngineWorkItems engine, WorkItems items) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.items = items;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillIn() {
		long started = System.nanoTime();
		Set<String> open = ids(ENGINE_TASKS);
		Set<String> suspended = ids(ENGINE_SUSPENDED);
		Set<String> held = ids(HELD, WorkQueueKeys.EVERY_TASK);
		Set<String> heldSuspended = ids(HELD_SUSPENDED, WorkQueueKeys.EVERY_TASK);
		List<String> differing = open.stream()
			.filter(id -> !held.contains(id) || suspended.contains(id) != heldSuspended.contains(id))
			.toList();
		int written = 0;
		for (int first = 0; first < differing.size(); first += EngineWorkItems.BATCH) {
			List<WorkItem> batch = engine.ofTasks(differing.subList(first,
					Math.min(differing.size(), first + EngineWorkItems.BATCH)));
			items.write(batch, List.of());
			written += batch.size();
		}
		Set<String> gone = new HashSet<>(held);
		gone.removeAll(open);
		items.write(List.of(), gone);
		log.info("Work items checked against the engine's open tasks in {} ms: {} written, {} ended tasks removed",
				(System.nanoTime() - started) / 1_000_000, written, gone.size());
	}

	private Set<String> ids(String sql, Object... parameters) {
		return new HashSet<>(jdbc.queryForList(sql, String.class, parameters));
	}

}
