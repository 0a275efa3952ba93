package uk.police.spo.partners;

import java.util.Optional;

/**
 * The letter that goes with a referral to MARAC, housing or advocacy, as a PDF inside the referral's JSON. Implemented
 * by the module that renders documents; without one, referrals carry no letter. The letter is made from
 * {@link ReferralLetterContent#facts()} alone: the facts the partner's allow-list releases for this referral.
 */
public interface ReferralLetters {

	/** The letter, or empty for a partner that gets none (the court). */
	Optional<ReferralAttachment> letterFor(ReferralLetterContent content);

}
