package uk.police.spo.partners;

/**
 * Why a referral may share the victim's data: their recorded consent (housing, advocacy), the MARAC information-sharing
 * basis for high-risk cases (no consent needed, but recorded), or the force's own application to the court.
 */
public enum LegalBasis {

	CONSENT, MARAC_HIGH_RISK, COURT_APPLICATION

}
