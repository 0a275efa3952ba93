package uk.police.spo.partners.delivery;

/** Names of the exchange properties the delivery passes to the partners' routes, and the outcome they leave. */
final class ReferralExchange {

	static final String PARTNER = "spoReferralPartner";

	static final String REFERRAL_ID = "spoReferralId";

	static final String CASE_REFERENCE = "spoCaseReference";

	static final String KIND = "spoReferralKind";

	static final String ENDPOINT = "spoPartnerEndpoint";

	static final String ATTACHMENTS = "spoReferralAttachments";

	static final String OUTCOME = "spoReferralOutcome";

	private ReferralExchange() {
	}

}
