package uk.police.spo.partners;

import java.util.Map;
import java.util.UUID;

/**
 * What a referral is about, told by the module that decided it (the SPO application for the court, the breach): its
 * fields by dotted name ({@code application.terms}, {@code breach.occurredAt}). The partner's allow-list decides which
 * of them it receives; a field no allow-list names never leaves.
 */
public interface ReferralSubject {

	/** Whether this subject describes referrals of this kind (the referral's purpose, e.g. SPO_APPLICATION). */
	boolean describes(String kind);

	/** The fields for the case's referral of this kind; values are JSON-writable (text, numbers, dates, lists, maps). */
	Map<String, Object> fields(UUID caseId, String kind);

}
