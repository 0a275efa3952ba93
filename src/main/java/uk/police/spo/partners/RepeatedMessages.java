package uk.police.spo.partners;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import uk.police.spo.messages.CaseMessageException;

/**
 * A partner's message id seen before gets the answer the first message got: an accepted one is acknowledged and
 * ignored, a refused one is refused again with the same status and problem, and stays undelivered (a partner sends a
 * message the case can take now under a new message id). The same id for a different message (another case, type or
 * body) is refused with 422, as the report API refuses an {@code Idempotency-Key} reused for a different report:
 * nothing of it is delivered or kept.
 */
@Component
class RepeatedMessages {

	static final int MAX_PROBLEMS = 4000;

	private static final TypeReference<List<String>> PROBLEMS = new TypeReference<>() {
	};

	private final ObjectMapper json;

	RepeatedMessages(ObjectMapper json) {
		this.json = json;
	}

	/** The answer to a repeat of {@code earlier}: DUPLICATE for an accepted one; throws otherwise. */
	PartnerInbox.Outcome answer(PartnerMessage earlier, PartnerInboundMessage repeat, String repeatBody) {
		if (!sameMessage(earlier, repeat, repeatBody)) {
			// never quote the message id or the body back: either may carry what a partner should not see echoed
			throw new CaseMessageException(HttpStatus.UNPROCESSABLE_ENTITY,
					"This message id was used before for a different message; send a new message under a new message id.",
					List.of("messageId: already used for a different message"));
		}
		if (earlier.isAccepted()) {
			return PartnerInbox.Outcome.DUPLICATE;
		}
		throw CaseMessageException.replay(refusalStatus(earlier), refusalDetail(earlier), problems(earlier));
	}

	/** The problems of a refusal as kept with the message: a JSON array, the first ones that fit its column. */
	String keptProblems(List<String> problems) {
		List<String> kept = new ArrayList<>(problems);
		try {
			String text = json.writeValueAsString(kept);
			while (text.length() > MAX_PROBLEMS && !kept.isEmpty()) {
				kept.remove(kept.size() - 1);
				text = json.writeValueAsString(kept);
			}
			return text;
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A list of texts is always serialisable", e);
		}
	}

	private boolean sameMessage(PartnerMessage earlier, PartnerInboundMessage repeat, String repeatBody) {
		return repeat.caseReference().equals(earlier.caseReference()) && repeat.type().equals(earlier.messageType())
				&& sameBody(earlier.body(), repeatBody);
	}

	/** Compared as JSON trees: the same fields in another order are the same body. */
	private boolean sameBody(String earlier, String repeat) {
		try {
			JsonNode first = earlier == null ? null : json.readTree(earlier);
			return first != null && first.equals(json.readTree(repeat));
		}
		catch (JsonProcessingException unreadable) {
			return false;
		}
	}

	private static HttpStatus refusalStatus(PartnerMessage earlier) {
		HttpStatus status = earlier.refusalStatus() == null ? null : HttpStatus.resolve(earlier.refusalStatus());
		return status == null ? HttpStatus.CONFLICT : status;
	}

	private static String refusalDetail(PartnerMessage earlier) {
		return earlier.refusalDetail() != null ? earlier.refusalDetail() : String.valueOf(earlier.reason());
	}

	private List<String> problems(PartnerMessage earlier) {
		if (earlier.refusalProblems() == null) {
			return List.of();
		}
		try {
			return json.readValue(earlier.refusalProblems(), PROBLEMS);
		}
		catch (JsonProcessingException unreadable) {
			return List.of();
		}
	}

}
