package uk.police.spo.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import uk.police.spo.messages.CaseMessageException;

/** The one translation between the partners' words and the processes'. */
class PartnerMessageTypesTests {

	@Test
	void aContractTypeBecomesItsProcessMessageWithTheProcessesVariables() {
		PartnerMessageTypes.Translated outcome = PartnerMessageTypes.translate("court", "OUTCOME",
				Map.of("outcome", "INTERIM_GRANTED", "orderEndDate", "2029-01-31"));
		PartnerMessageTypes.Translated breach = PartnerMessageTypes.translate("marac", "BREACH_REPORTED",
				Map.of("occurredAt", "2026-11-28T21:40:00Z"));

		assertThat(outcome).isEqualTo(new PartnerMessageTypes.Translated("CourtOutcomeReceived",
				Map.of("courtOutcome", "INTERIM_GRANTED", "orderEndsOn", "2029-01-31"), false));
		assertThat(breach).isEqualTo(new PartnerMessageTypes.Translated("BreachReported",
				Map.of("breachOccurredAt", "2026-11-28T21:40:00Z", "reportedBy", "MARAC"), false));
	}

	@Test
	void aDeprecatedNameIsPassedOnAsItCameAndNamesItsSuccessor() {
		Map<String, Object> body = Map.of("hearingOn", "2027-01-18", "hearingKind", "FULL");

		assertThat(PartnerMessageTypes.translate("court", "CourtHearingListed", body))
			.isEqualTo(new PartnerMessageTypes.Translated("CourtHearingListed", body, true));
		assertThat(PartnerMessageTypes.successor("CourtHearingListed")).isEqualTo("HEARING_LISTED");
		assertThat(PartnerMessageTypes.successor("PartnerReferralAnswered")).isEqualTo("REFERRAL_ANSWERED");
		assertThat(PartnerMessageTypes.legacyTypes("marac")).isEmpty();
	}

	@Test
	void aTypeOfAnotherPartnerOrAFieldOfAnotherTypeIsRefused() {
		assertThatThrownBy(() -> PartnerMessageTypes.translate("housing", "OUTCOME", Map.of()))
			.isInstanceOfSatisfying(CaseMessageException.class,
					e -> assertThat(e.problems()).singleElement().asString().startsWith("type: housing may send"));
		assertThatThrownBy(() -> PartnerMessageTypes.translate("court", "BREACH_REPORTED",
				Map.of("occurredAt", "2026-11-28T21:40:00Z", "reportedBy", "OFFICER")))
			.isInstanceOfSatisfying(CaseMessageException.class,
					e -> assertThat(e.problems()).singleElement().asString().startsWith("body.reportedBy: not a field"));
	}

	@Test
	void theProcessesRefusalIsGivenBackInThePartnersWords() {
		CaseMessageException refused = new CaseMessageException(HttpStatus.BAD_REQUEST, "The message has 2 invalid field(s).",
				List.of("orderEndsOn: an interim order needs its end date, after today", "courtOutcome: one of [...]"));
		CaseMessageException notNow = CaseMessageException.wrongState("CourtOutcomeReceived", "SH-2026-000001", 0);

		assertThat(PartnerMessageTypes.inPartnersWords("OUTCOME", refused).problems()).containsExactly(
				"body.orderEndDate: an interim order needs its end date, after today", "body.outcome: one of [...]");
		assertThat(PartnerMessageTypes.inPartnersWords("OUTCOME", notNow).getMessage())
			.isEqualTo("Case SH-2026-000001 is not waiting for OUTCOME now.");
		assertThat(PartnerMessageTypes.inPartnersWords("CourtOutcomeReceived", notNow)).isSameAs(notNow);
	}

}
