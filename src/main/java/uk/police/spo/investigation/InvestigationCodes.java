package uk.police.spo.investigation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the investigation's forms offer; the forms in forms/investigation-*.form list the same. Multiple
 * choices are separate checkboxes, not a checklist: Tasklist submits a checklist as a Json variable, which this
 * engine (without the Spin plugin) cannot store.
 */
final class InvestigationCodes {

	/** Lines of enquiry: the plan form's checkbox key to the code recorded. */
	static final Map<String, String> LINES_OF_ENQUIRY = orderedMap("enquiryVictimStatement", "VICTIM_STATEMENT",
			"enquiryWitnessStatements", "WITNESS_STATEMENTS", "enquiryDigitalDevices", "DIGITAL_DEVICES",
			"enquirySocialMedia", "SOCIAL_MEDIA", "enquiryPhoneRecords", "PHONE_RECORDS", "enquiryCctv", "CCTV",
			"enquiryHouseToHouse", "HOUSE_TO_HOUSE", "enquirySuspectHistory", "SUSPECT_HISTORY",
			"enquiryPreviousReports", "PREVIOUS_REPORTS");

	static final List<String> CHARGE_DECISIONS = List.of("CHARGE", "NO_FURTHER_ACTION", "OTHER_OFFENCES",
			"REFER_TO_PROSECUTORS");

	static final List<String> PROSECUTORS_DECISIONS = List.of("CHARGE", "NO_FURTHER_ACTION", "OTHER_OFFENCES");

	static final List<String> OTHER_OFFENCES = List.of("MALICIOUS_COMMUNICATIONS", "COMMUNICATIONS_ACT",
			"CRIMINAL_DAMAGE", "ASSAULT", "THREATS_TO_KILL", "BREACH_OF_ORDER", "PUBLIC_ORDER", "OTHER");

	static final List<String> INTERVIEW_TYPES = List.of("UNDER_ARREST", "VOLUNTARY");

	static final List<String> VICTIM_UPDATE_METHODS = List.of("PHONE", "EMAIL", "IN_PERSON", "LETTER",
			"THROUGH_ADVOCATE");

	private InvestigationCodes() {
	}

	private static Map<String, String> orderedMap(String... keysAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return Collections.unmodifiableMap(map);
	}

}
