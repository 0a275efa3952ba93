package uk.police.spo.investigation;

import java.util.List;
import java.util.Map;

/**
 * What a completed investigation task records: its kind, an outcome made of the form's codes, and the officer's
 * reason in their words (kept in the case tables only, never in a timeline summary).
 */
record ActionOutcome(ActionKind kind, String outcome, String reason) {

	/** The form fields of free text; they are recorded here and then taken out of the process's variables. */
	static final List<String> FREE_TEXT = List.of("spoConsiderationReason", "searchNotDoneReason",
			"arrestNotMadeReason", "interviewNotDoneReason", "chargeRationale");

	/** The outcomes of completing the task {@code taskKey} with {@code values} (already validated). */
	static List<ActionOutcome> of(String taskKey, Map<String, Object> values) {
		return switch (taskKey) {
			case "Task_PlanInvestigation" -> List.of(
					new ActionOutcome(ActionKind.INVESTIGATION_PLANNED, linesOfEnquiry(values), null),
					new ActionOutcome(ActionKind.SPO_CONSIDERED,
							yes(values, "considerSpoNow") ? "SPO_TO_BE_CONSIDERED" : "SPO_NOT_NOW",
							text(values, "spoConsiderationReason")));
			case "Task_LogEvidence" -> List.of(new ActionOutcome(ActionKind.EVIDENCE_LOG_COMPLETED,
					((Number) values.get("evidenceItemsLogged")).longValue() + " ITEMS", null));
			case "Task_ConsiderSearch" -> List.of(new ActionOutcome(ActionKind.SEARCH_OF_PREMISES,
					yes(values, "searchConducted") ? "CONDUCTED" : "NOT_CONDUCTED",
					text(values, "searchNotDoneReason")));
			case "Task_ArrestSuspect" -> List.of(new ActionOutcome(ActionKind.ARREST,
					yes(values, "suspectArrested") ? "ARRESTED" : "NOT_ARRESTED", text(values, "arrestNotMadeReason")));
			case "Task_InterviewSuspect" -> List.of(new ActionOutcome(ActionKind.INTERVIEW,
					yes(values, "suspectInterviewed") ? interview(values) : "NOT_INTERVIEWED",
					text(values, "interviewNotDoneReason")));
			case "Task_DecideCharge" -> List.of(new ActionOutcome(ActionKind.CHARGE_DECISION,
					decision(values, "chargeDecision"), text(values, "chargeRationale")));
			case "Task_RecordProsecutorsDecision" -> List.of(
					new ActionOutcome(ActionKind.PROSECUTORS_DECISION, decision(values, "prosecutorsDecision"), null));
			case "Task_UpdateVictimOfArrest" -> List.of(new ActionOutcome(ActionKind.VICTIM_UPDATED,
					"ARREST BY " + values.get("victimUpdateMethod"), null));
			case "Task_UpdateVictimOfBail" -> List.of(new ActionOutcome(ActionKind.VICTIM_UPDATED,
					"BAIL BY " + values.get("victimUpdateMethod"), null));
			case "Task_UpdateVictimOfDecision" -> List.of(new ActionOutcome(ActionKind.VICTIM_UPDATED,
					"DECISION BY " + values.get("victimUpdateMethod"), null));
			default -> List.of();
		};
	}

	/** For the case timeline: codes only. */
	String summary() {
		return kind + ": " + outcome;
	}

	private static boolean yes(Map<String, Object> values, String field) {
		return Boolean.TRUE.equals(values.get(field));
	}

	private static String text(Map<String, Object> values, String field) {
		return values.get(field) instanceof String text && !text.isBlank() ? text : null;
	}

	/** How the suspect was interviewed, with what followed an interview under arrest. */
	private static String interview(Map<String, Object> values) {
		String type = (String) values.get("interviewType");
		return values.get("bailDecision") instanceof String bail ? type + " " + bail : type;
	}

	/** The decision, with the most serious other offence when it is other offences. */
	private static String decision(Map<String, Object> values, String field) {
		String decision = (String) values.get(field);
		return "OTHER_OFFENCES".equals(decision) ? decision + " " + values.get("otherOffence") : decision;
	}

	private static String linesOfEnquiry(Map<String, Object> values) {
		return String.join(",", InvestigationCodes.LINES_OF_ENQUIRY.entrySet()
			.stream()
			.filter(line -> yes(values, line.getKey()))
			.map(Map.Entry::getValue)
			.toList());
	}

}
