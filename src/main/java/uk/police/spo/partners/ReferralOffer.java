package uk.police.spo.partners;

/** A support referral a decision suggests (DMN {@code partnerReferral}): to whom and what for. */
public record ReferralOffer(ReferralPartner partner, String purpose) {

}
