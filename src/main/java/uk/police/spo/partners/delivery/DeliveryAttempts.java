package uk.police.spo.partners.delivery;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralRepository;
import uk.police.spo.partners.ReferralStatus;

/**
 * An attempt that did not reach the partner, kept although the job's own transaction rolls back so that it is tried
 * again: counted with its time and reason, and on the last attempt the referral is FAILED (the job's incident then
 * shows in Cockpit). Its own transaction takes a second connection for a moment; only job executor threads do this.
 */
@Service
class DeliveryAttempts {

	private final ReferralRepository referrals;

	private final CaseRecords records;

	private final Clock clock;

	DeliveryAttempts(ReferralRepository referrals, CaseRecords records, Clock clock) {
		this.referrals = referrals;
		this.records = records;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void unavailable(UUID referralId, String reason, boolean lastAttempt) {
		Referral referral = referrals.findById(referralId).orElseThrow();
		if (referral.status() != ReferralStatus.QUEUED) {
			return;
		}
		if (!lastAttempt) {
			referral.attemptFailed(reason, clock.instant());
			return;
		}
		referral.failed("no attempt reached the partner; last: " + reason, clock.instant());
		records.record(referral.caseId(), "REFERRAL_FAILED",
				ReferralDelivery.label(referral) + " failed: " + referral.failureReason().orElseThrow());
	}

}
