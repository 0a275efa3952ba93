package uk.police.spo.partners;

/**
 * OFFERED: suggested to the victim, nothing shared yet; DECLINED: the victim said no; QUEUED: its process's send task
 * is to deliver it; SENT: the partner took it; ANSWERED: the partner replied; FAILED: refused by the partner, no
 * basis to share, or its retries ran out (a supervisor may send it again).
 */
public enum ReferralStatus {

	OFFERED, DECLINED, QUEUED, SENT, ANSWERED, FAILED

}
