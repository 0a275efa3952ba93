package uk.police.spo.partners.delivery;

import java.net.SocketTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Reads a partner's answer into a {@link DeliveryOutcome} (route steps {@code bean: partnerAnswers}): 2xx delivered,
 * with the acknowledgement id when the answer carries one; 408, 429 and 5xx worth another attempt; any other 4xx a
 * refusal for good. A failure to reach the partner at all ({@code partner-errors}) is worth another attempt, except an
 * address the mail server rejects. Reasons name the status or the kind of failure, never the answer's text.
 */
@Component("partnerAnswers")
class PartnerAnswers {

	private final ObjectMapper json;

	PartnerAnswers(ObjectMapper json) {
		this.json = json;
	}

	public void answered(Exchange exchange) {
		Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
		exchange.setProperty(ReferralExchange.OUTCOME, outcome(status == null ? 0 : status,
				exchange.getMessage().getBody(String.class)));
	}

	public void mailed(Exchange exchange) {
		exchange.setProperty(ReferralExchange.OUTCOME,
				DeliveryOutcome.delivered(exchange.getMessage().getHeader("Message-ID", String.class)));
	}

	public void unreachable(Exchange exchange) {
		Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
		exchange.setProperty(ReferralExchange.OUTCOME, failure == null ? DeliveryOutcome.unavailable("no answer")
				: outcome(failure));
	}

	DeliveryOutcome outcome(int status, String body) {
		if (status >= 200 && status < 300) {
			return DeliveryOutcome.delivered(acknowledgementId(body));
		}
		if (status == 408 || status == 429 || status >= 500 || status < 100) {
			return DeliveryOutcome.unavailable("HTTP " + status);
		}
		return DeliveryOutcome.refused("HTTP " + status + " (refused by the partner)");
	}

	static DeliveryOutcome outcome(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof AddressException || cause instanceof SendFailedException) {
				return DeliveryOutcome.refused("mail address rejected (" + cause.getClass().getSimpleName() + ")");
			}
			if (cause instanceof SocketTimeoutException) {
				return DeliveryOutcome.unavailable("timed out (" + cause.getClass().getSimpleName() + ")");
			}
		}
		return DeliveryOutcome.unavailable("not reached (" + rootCause(failure).getClass().getSimpleName() + ")");
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	private String acknowledgementId(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			JsonNode answer = json.readTree(body);
			JsonNode id = answer.path("acknowledgementId");
			return id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
		}
		catch (Exception notJson) {
			return null;
		}
	}

}
