package uk.police.spo.partners;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a referral letter may state: the referral's own header and the case's facts the partner's allow-list releases
 * for it, by dotted name ({@code victim.safeContact.method}), in the allow-list's order. A fact the allow-list does
 * not name, or the case does not know, is not in {@code facts}.
 */
public record ReferralLetterContent(String referralId, UUID caseId, String caseReference, ReferralPartner partner,
		String kind, LegalBasis legalBasis, Instant sentAt, Map<String, Object> facts) {

	public ReferralLetterContent {
		facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
	}

}
