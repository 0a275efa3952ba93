package uk.police.spo.partners.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The JSON a partner receives for one referral, and the names of the case's facts in it (for the audit log). */
record ReferralPayload(String json, List<String> fields) {

	byte[] bytes() {
		return json.getBytes(StandardCharsets.UTF_8);
	}

}
