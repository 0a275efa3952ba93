package uk.police.spo.retention;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.system.Answer;
import uk.police.spo.system.ProcessVariables;

/**
 * Complete listener of {@code Task_InformVictimOfClosure}, after its method rule: puts on the case timeline
 * ({@code VICTIM_UPDATED}) how the victim was told of the closure, or that they were not, and whether a reason was
 * given for a way other than the agreed safe contact. The reason's words are the officer's and may name people: they
 * go to the case's notes (tasks.FormNotes), never to the timeline.
 */
@Component("recordClosureUpdate")
class RecordClosureUpdate implements TaskListener {

	static final Answer INFORMED = Answer.field("victimInformed", "case-victim-closure-update");

	static final Answer METHOD = Answer.field("victimUpdateMethod", "case-victim-closure-update");

	static final Answer REASON = Answer.field("victimUpdateMethodReason", "case-victim-closure-update");

	private final CaseRecords records;

	RecordClosureUpdate(CaseRecords records) {
		this.records = records;
	}

	@Override
	public void notify(DelegateTask task) {
		String method = METHOD.text(task);
		String summary = (INFORMED.yes(task) ? "Victim told of the closure" : "Victim not told of the closure")
				+ (method == null ? "" : ", method " + method)
				+ (REASON.text(task) == null ? "" : "; a reason for not using the agreed safe contact is in the notes");
		records.record(ProcessVariables.caseId(task), "VICTIM_UPDATED", summary);
	}

}
