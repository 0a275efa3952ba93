package uk.police.spo.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A case's page: what it is, what the report said, the risk assessments, how the victim may be contacted safely, the
 * investigation's witnesses and evidence, the documents, what happened (case timeline and the tasks done, by whom),
 * what is open, and who read it. Sections a reader's role may not see are empty and say so ({@link CaseReader}).
 */
record CaseView(Summary summary, CaseReader reader, Report report, List<Assessment> assessments,
		SafeContact safeContact, List<String> witnesses, List<Evidence> evidence, List<Document> documents,
		List<Event> timeline, List<DoneTask> doneTasks, List<OpenTask> openTasks, List<AuditLine> audit) {

	record Summary(String reference, String stage, String risk, String classification, String unit,
			String reporterType, String relationship, boolean immediateDanger, Instant receivedAt, Instant closedAt,
			String closureOutcome, Conduct conduct) {
	}

	/**
	 * What triage recorded beside the classification (null and empty for a case classified before it was asked): the
	 * course of conduct's crime reference, the most serious other offences with their own (the most serious first,
	 * empty when there are none), the stalking question and FOUR.
	 */
	record Conduct(String crimeReference, List<OtherOffence> otherOffences, String stalkingQuestion, String fixated,
			String obsessive, String unwanted, String repeated) {
	}

	record OtherOffence(String offence, String crimeReference) {
	}

	/** What the report said: the impact on the victim, each incident, and the suspect as reported. */
	record Report(String impact, List<Incident> incidents, Optional<Suspect> suspect) {
	}

	record Incident(LocalDate occurredOn, String behaviour, String location, String description) {
	}

	record Suspect(String name, LocalDate dateOfBirth, String description, String onlineAccounts) {
	}

	record Assessment(Instant at, String context, String risk, int dashYes, String stalkingQuestion, int screeningYes,
			boolean marac, boolean considerSpo, boolean urgentSafeguarding, String by) {
	}

	/**
	 * The victim's safe-contact arrangement: the method is shown to every officer of the unit (as in the work queue);
	 * the channel's detail, the safe times and whether a voicemail is safe only to those who contact the victim.
	 */
	record SafeContact(String method, Optional<Detail> detail) {

		record Detail(String channel, String safeTimes, Boolean voicemailSafe) {
		}

	}

	record Evidence(String id, Instant at, String kind, String description, String fileLabel, String contentType,
			long sizeBytes, String by) {
	}

	record Document(String id, String type, int version, Instant at, String by) {
	}

	/** One line of the timeline; {@code kind} is TASK_DONE for a task completed in the engine. */
	record Event(Instant at, String kind, String summary, String actor) {
	}

	record DoneTask(String name, String by, Instant at) {
	}

	record OpenTask(String id, String name, String activity, String assignee, Instant due, int priority) {

		String tasklistLink() {
			return "/camunda/app/tasklist/default/#/?task=" + id;
		}

	}

	record AuditLine(Instant at, String actor, String action, String fields, String purpose) {
	}

}
