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
 * application is up, and logged with its time. The differences are found by set-based joins of the engine's task
 * table with {@code work_item} (the engine's API would hand over every open task to compare, 100,000 of them at
 * national scale); only what differs is read through {@link EngineWorkItems}, a batch at a time.
 */
@Component
class WorkItemBackfill {

	private static final Logger log = LoggerFactory.getLogger(WorkItemBackfill.class);

	private static final String DIFFERING = "select t.ID_ from ACT_RU_TASK t left join work_item w on w.task_id = t.ID_ "
			+ "and w.queue_key = ? where t.PROC_INST_ID_ is not null and (w.task_id is null or w.suspended <> "
			+ "(case when t.SUSPENSION_STATE_ = 2 then true else false end))";

	private static final String HELD = "select task_id from work_item where queue_key = ?";

	/*
	 * Joined from the engine's table into the model's key, never the other way: the engine's ids are utf8mb3 and the
	 * model's utf8mb4 on MySQL, so only the model's index can take the other's value (a "not exists" into the
	 * engine's table read it whole for every row: over two minutes at 100,000 tasks).
	 */
	private static final String STILL_OPEN = "select w.task_id from ACT_RU_TASK t join work_item w on w.task_id = t.ID_ "
			+ "and w.queue_key = ?";

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
		List<String> differing = jdbc.queryForList(DIFFERING, String.class, WorkQueueKeys.EVERY_TASK);
		int written = 0;
		for (int first = 0; first < differing.size(); first += EngineWorkItems.BATCH) {
			List<WorkItem> batch = engine.ofTasks(differing.subList(first,
					Math.min(differing.size(), first + EngineWorkItems.BATCH)));
			items.write(batch, List.of());
			written += batch.size();
		}
		Set<String> gone = new HashSet<>(jdbc.queryForList(HELD, String.class, WorkQueueKeys.EVERY_TASK));
		gone.removeAll(jdbc.queryForList(STILL_OPEN, String.class, WorkQueueKeys.EVERY_TASK));
		items.write(List.of(), gone);
		log.info("Work items checked against the engine's open tasks in {} ms: {} written, {} ended tasks removed",
				(System.nanoTime() - started) / 1_000_000, written, gone.size());
	}

}
