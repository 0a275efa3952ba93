package uk.police.spo.partners.delivery;

import java.util.List;

import uk.police.spo.partners.ReferralStatus;
import uk.police.spo.system.InvalidFieldException;

/** {@code status} of {@code GET /api/referrals} names no referral status: 400 naming the field. */
class InvalidReferralStatus extends InvalidFieldException {

	InvalidReferralStatus() {
		super("Unknown referral status", "status", "one of " + List.of(ReferralStatus.values()));
	}

}
