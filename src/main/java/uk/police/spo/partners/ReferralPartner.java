package uk.police.spo.partners;

/** Who a referral goes to. MARAC is the multi-agency risk conference for high-risk cases. */
public enum ReferralPartner {

	COURT, HOUSING, ADVOCACY, MARAC

}
