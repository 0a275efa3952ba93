package uk.police.spo.partners;

/**
 * OFFERED: suggested to the victim, nothing shared yet; DECLINED: the victim said no; QUEUED: waiting in the outbox for
 * delivery; SENT: delivered; ANSWERED: the partner replied; FAILED: delivery gave up after its retries.
 */
public enum ReferralStatus {

	OFFERED, DECLINED, QUEUED, SENT, ANSWERED, FAILED

}
