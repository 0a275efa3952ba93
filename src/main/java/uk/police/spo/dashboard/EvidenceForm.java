package uk.police.spo.dashboard;

import java.util.List;
import java.util.Map;

/**
 * The case page's evidence upload form as it is drawn: the CSRF token's field, what the officer entered (kept when a
 * submission is refused) and each field's problem in the officer's words, or the notice after an item was logged.
 */
record EvidenceForm(String csrfName, String csrfToken, String kind, String description, Map<String, String> problems,
		boolean logged) {

	/** The fields in the order of the form, with their labels: the error summary lists problems in this order. */
	static final List<String[]> FIELDS = List.of(new String[] { "kind", "Kind of evidence" },
			new String[] { "description", "What the item is" }, new String[] { "file", "File" });

	static EvidenceForm empty(String csrfName, String csrfToken, boolean logged) {
		return new EvidenceForm(csrfName, csrfToken, null, null, Map.of(), logged);
	}

	String problem(String field) {
		return problems.get(field);
	}

}
