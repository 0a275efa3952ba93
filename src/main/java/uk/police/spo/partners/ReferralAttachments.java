package uk.police.spo.partners;

import java.util.List;
import java.util.UUID;

/**
 * Documents that go with a referral (the court's mail attaches them: the SPO application PDF). Implemented by the
 * module that stores documents; without one, referrals carry none.
 */
public interface ReferralAttachments {

	List<ReferralAttachment> forReferral(UUID referralId, UUID caseId, String kind);

}
