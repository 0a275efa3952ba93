package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ReferralConsentValidationTests {

	final ReferralConsentValidation validation = new ReferralConsentValidation();

	@Test
	void acceptsAnAnswerToEachOffer() {
		assertThat(validation.problems(Map.of("housingOffered", true, "advocacyOffered", true,
				"housingReferralAnswer", "ACCEPTED", "advocacyReferralAnswer", "DECLINED"))).isEmpty();
	}

	@Test
	void requiresAnAnswerOnlyToWhatWasOffered() {
		assertThat(validation.problems(Map.of("housingOffered", false, "advocacyOffered", true)))
			.singleElement()
			.asString()
			.startsWith("advocacyReferralAnswer:");
		assertThat(validation.problems(Map.of("housingOffered", false, "advocacyOffered", true,
				"advocacyReferralAnswer", "DECLINED"))).isEmpty();
	}

	@Test
	void refusesAnAnswerThatIsNeitherConsentNorRefusal() {
		assertThat(validation.problems(Map.of("housingReferralAnswer", "MAYBE")))
			.singleElement()
			.asString()
			.startsWith("housingReferralAnswer:");
	}

}
