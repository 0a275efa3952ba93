package uk.police.spo.investigation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The investigation plan's lines of enquiry; its form, forms/investigation-plan.form, lists the same. Multiple
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
