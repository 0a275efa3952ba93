package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DMN partnerReferral (COLLECT): every offer that fits, from a standard-risk victim with no needs. */
class PartnerReferralDecisionTests {

	static DmnDecision decision;

	static DmnEngine dmn;

	@BeforeAll
	static void parse() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream file = new FileInputStream("processes/partnerReferral.dmn")) {
			decision = dmn.parseDecision("partnerReferral", file);
		}
	}

	@Test
	void shouldOfferNothingToAStandardRiskVictimWithoutNeedsOrConsent() {
		assertThat(offers(Map.of())).isEmpty();
	}

	@Test
	void shouldOfferHousingWhenTheVictimIsUnsafeAtHome() {
		assertThat(offers(Map.of("housingNeed", true))).containsExactly(tuple("HOUSING", "SAFE_ACCOMMODATION"));
	}

	@Test
	void shouldOfferStalkingAdvocacyWhenTheVictimWantsAnAdvocate() {
		assertThat(offers(Map.of("wantsAdvocacy", true, "riskLevel", "HIGH")))
			.containsExactly(tuple("ADVOCACY", "STALKING_ADVOCACY"));
	}

	@Test
	void shouldOfferAnAdvocateForMediumOrHighRiskEvenWhenNotAskedFor() {
		assertThat(offers(Map.of("riskLevel", "MEDIUM"))).containsExactly(tuple("ADVOCACY", "RISK_ADVOCACY"));
		assertThat(offers(Map.of("riskLevel", "HIGH", "housingNeed", true)))
			.containsExactly(tuple("HOUSING", "SAFE_ACCOMMODATION"), tuple("ADVOCACY", "RISK_ADVOCACY"));
	}

	@Test
	void shouldOfferSupportAtStandardRiskWhenTheReportAskedForAReferral() {
		assertThat(offers(Map.of("consentToPartnerReferral", true)))
			.containsExactly(tuple("ADVOCACY", "SUPPORT_REQUESTED"));
	}

	@Test
	void shouldOfferNothingWhenTheVictimCannotBeContactedSafely() {
		assertThat(offers(Map.of("safeContactMethod", "NONE", "riskLevel", "HIGH", "housingNeed", true,
				"wantsAdvocacy", true, "consentToPartnerReferral", true))).isEmpty();
	}

	private static List<Tuple> offers(Map<String, Object> given) {
		Map<String, Object> variables = new HashMap<>(Map.of("safeContactMethod", "PHONE", "riskLevel", "STANDARD",
				"housingNeed", false, "wantsAdvocacy", false, "consentToPartnerReferral", false));
		variables.putAll(given);
		return dmn.evaluateDecision(decision, variables)
			.getResultList()
			.stream()
			.map(offer -> tuple(offer.get("partner"), offer.get("purpose")))
			.toList();
	}

}
