package uk.police.spo.partners.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.SendFailedException;

import org.junit.jupiter.api.Test;

import uk.police.spo.partners.delivery.DeliveryOutcome.Kind;

/** A partner's answer, read as the contract says: 2xx taken, 408/429/5xx and no answer retried, other 4xx refused. */
class PartnerAnswersTests {

	final PartnerAnswers answers = new PartnerAnswers(new ObjectMapper());

	@Test
	void aTakenReferralCarriesThePartnersAcknowledgementWhenItGivesOne() {
		assertThat(answers.outcome(201, "{\"acknowledgementId\":\"H-9\"}")).isEqualTo(DeliveryOutcome.delivered("H-9"));
		assertThat(answers.outcome(200, "not json").acknowledgementId()).isNull();
		assertThat(answers.outcome(204, null).kind()).isEqualTo(Kind.DELIVERED);
	}

	@Test
	void busyOrBrokenPartnersAreTriedAgainAndRefusalsAreFinal() {
		for (int status : new int[] { 408, 429, 500, 502, 503 }) {
			assertThat(answers.outcome(status, "").kind()).as("HTTP " + status).isEqualTo(Kind.UNAVAILABLE);
		}
		for (int status : new int[] { 400, 401, 403, 404, 409, 422 }) {
			assertThat(answers.outcome(status, "{\"victim\":\"echoed\"}")).as("HTTP " + status)
				.satisfies(outcome -> {
					assertThat(outcome.kind()).isEqualTo(Kind.REFUSED);
					assertThat(outcome.reason()).startsWith("HTTP " + status).doesNotContain("echoed");
				});
		}
	}

	@Test
	void noConnectionATimeOutOrARejectedAddressAreToldApart() {
		assertThat(PartnerAnswers.outcome(new IOException("wrapped", new ConnectException("refused"))))
			.isEqualTo(DeliveryOutcome.unavailable("not reached (ConnectException)"));
		assertThat(PartnerAnswers.outcome(new SocketTimeoutException("Read timed out")).kind()).isEqualTo(Kind.UNAVAILABLE);
		assertThat(PartnerAnswers.outcome(new SendFailedException("550 no such user")).kind()).isEqualTo(Kind.REFUSED);
	}

}
