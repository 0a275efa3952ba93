package uk.police.spo.dashboard;

import java.time.Instant;
import java.util.List;

/** A case's page: what it is, what happened (case timeline and the tasks done, by whom), what is open, who read it. */
record CaseView(Summary summary, List<Event> timeline, List<OpenTask> openTasks, List<AuditLine> audit) {

	record Summary(String reference, String stage, String risk, String classification, String unit,
			String reporterType, String relationship, boolean immediateDanger, Instant receivedAt, Instant closedAt,
			String closureOutcome) {
	}

	/** One line of the timeline; {@code kind} is TASK_DONE for a task completed in the engine. */
	record Event(Instant at, String kind, String summary, String actor) {
	}

	record OpenTask(String id, String name, String activity, String assignee, Instant due, int priority) {

		String tasklistLink() {
			return "/camunda/app/tasklist/default/#/?task=" + id;
		}

	}

	record AuditLine(Instant at, String actor, String action, String fields, String purpose) {
	}

}
