package uk.police.spo.partners.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON a partner receives for one referral, the names of the case's facts in it (for the audit log), the file
 * name of the letter it carries (null for none), and whether a letter was due but could not be made.
 */
record ReferralPayload(String json, List<String> fields, String letter, boolean letterFailed) {

	ReferralPayload(String json, List<String> fields) {
		this(json, fields, null, false);
	}

	byte[] bytes() {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
