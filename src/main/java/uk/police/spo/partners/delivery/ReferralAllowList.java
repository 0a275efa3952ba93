package uk.police.spo.partners.delivery;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import uk.police.spo.partners.ReferralPartner;

/**
 * What each partner receives, per kind of referral: the one place that says which facts of a case leave the force,
 * and to whom. A fact no entry names is never sent. The victim's own address, phone and email go only where that
 * partner's work needs them: housing (to move the victim), and MARAC and advocacy only through the safe contact
 * channel the victim chose. The suspect's details go as far as each partner needs them for the victim's safety:
 * never their online accounts except to MARAC's risk conference.
 */
enum ReferralAllowList {

	COURT_APPLICATION(ReferralPartner.COURT, Set.of("SPO_APPLICATION", "SPO_APPEAL"),
			"application.youthCourt", "application.actsAssociated", "application.actsReasoning",
			"application.riskAssociated", "application.riskReasoning", "application.orderNecessary",
			"application.necessityReasoning", "application.terms", "application.interimWanted",
			"application.durationYears", "application.untilFurtherOrder", "application.appealReasoning",
			"suspect.name", "suspect.dateOfBirth", "suspect.address", "relationship", "incidents"),

	COURT_BREACH(ReferralPartner.COURT, Set.of("BREACH_OF_ORDER"),
			"breach.occurredAt", "breach.reportedBy", "breach.crimeReference", "breach.arrestDecision",
			"breach.chargeDecision", "suspect.name", "suspect.dateOfBirth"),

	MARAC(ReferralPartner.MARAC, Set.of("HIGH_RISK_CONFERENCE"),
			"victim.name", "victim.dateOfBirth", "victim.safeContact.method", "victim.safeContact.detail",
			"victim.safeContact.safeTimes", "victim.safeContact.voicemailSafe", "risk.level", "risk.classification",
			"risk.immediateDanger", "risk.screening", "relationship", "incidents", "suspect.name",
			"suspect.dateOfBirth", "suspect.description", "suspect.address", "suspect.onlineAccounts"),

	HOUSING(ReferralPartner.HOUSING, Set.of(),
			"victim.name", "victim.dateOfBirth", "victim.address", "victim.safeContact.method",
			"victim.safeContact.detail", "victim.safeContact.safeTimes", "victim.safeContact.voicemailSafe",
			"risk.level", "risk.immediateDanger", "relationship", "suspect.name", "suspect.address"),

	ADVOCACY_BREACH(ReferralPartner.ADVOCACY, Set.of("BREACH_OF_ORDER"),
			"victim.name", "victim.safeContact.method", "victim.safeContact.detail", "victim.safeContact.safeTimes",
			"victim.safeContact.voicemailSafe", "risk.level", "risk.immediateDanger", "breach.occurredAt",
			"breach.reportedBy", "suspect.name"),

	ADVOCACY(ReferralPartner.ADVOCACY, Set.of(),
			"victim.name", "victim.safeContact.method", "victim.safeContact.detail", "victim.safeContact.safeTimes",
			"victim.safeContact.voicemailSafe", "risk.level", "risk.classification", "risk.immediateDanger",
			"risk.screening", "relationship", "incidents", "suspect.name", "suspect.description");

	private final ReferralPartner partner;

	/** The kinds this entry is for; empty: every kind not named by another entry for the partner. */
	private final Set<String> kinds;

	private final List<String> fields;

	ReferralAllowList(ReferralPartner partner, Set<String> kinds, String... fields) {
		this.partner = partner;
		this.kinds = kinds;
		this.fields = List.of(fields);
	}

	/** @throws IllegalArgumentException for a kind this partner is never sent */
	static ReferralAllowList of(ReferralPartner partner, String kind) {
		return Arrays.stream(values())
			.filter(entry -> entry.partner == partner && entry.kinds.contains(kind))
			.findFirst()
			.or(() -> Arrays.stream(values()).filter(entry -> entry.partner == partner && entry.kinds.isEmpty()).findFirst())
			.orElseThrow(() -> new IllegalArgumentException(partner + " takes no referral of kind " + kind));
	}

	List<String> fields() {
		return fields;
	}

	ReferralPartner partner() {
		return partner;
	}

}
