package uk.police.spo.retention;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

import uk.police.spo.cases.CaseRecords;

/** The closure update on the case timeline: the method, and only that a reason was given, never its words. */
class RecordClosureUpdateTests {

	static final UUID CASE_ID = UUID.fromString("6f1c3a52-6a43-4b6f-9d5e-0d1f2a3b4c5e");

	final CaseRecords records = mock(CaseRecords.class);

	final RecordClosureUpdate listener = new RecordClosureUpdate(records);

	@Test
	void theMethodAndThatAReasonWasGivenGoOnTheTimelineButNotTheReason() {
		listener.notify(task(true, "IN_PERSON", "Suspect now lives with the victim's sister"));

		verify(records).record(CASE_ID, "VICTIM_UPDATED", "Victim told of the closure, method IN_PERSON; a reason for "
				+ "not using the agreed safe contact is in the notes");
	}

	@Test
	void aVictimNotToldIsSaidSo() {
		listener.notify(task(false, "NOT_SAFE", null));

		verify(records).record(CASE_ID, "VICTIM_UPDATED", "Victim not told of the closure, method NOT_SAFE");
	}

	private static DelegateTask task(boolean informed, String method, String reason) {
		DelegateTask task = mock(DelegateTask.class);
		when(task.getVariable("caseId")).thenReturn(CASE_ID.toString());
		when(task.getVariable("victimInformed")).thenReturn(informed);
		when(task.getVariable("victimUpdateMethod")).thenReturn(method);
		when(task.getVariable("victimUpdateMethodReason")).thenReturn(reason);
		return task;
	}

}
