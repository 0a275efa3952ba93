package uk.police.spo.messages;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Why a message for a case was not taken: an invalid payload (400), no such case (404), the wrong state (409), or a
 * partner's message id used before for a different message (422). A replayed one is the refusal a partner's message
 * got the first time, answered again to a repeat of its message id.
 */
public class CaseMessageException extends RuntimeException {

	private final HttpStatus status;

	private final List<String> problems;

	private final boolean replayed;

	public CaseMessageException(HttpStatus status, String message, List<String> problems) {
		this(status, message, problems, false);
	}

	private CaseMessageException(HttpStatus status, String message, List<String> problems, boolean replayed) {
		super(message);
		this.status = status;
		this.problems = List.copyOf(problems);
		this.replayed = replayed;
	}

	/** The refusal a message got before, answered again (with {@code Idempotent-Replayed: true}). */
	public static CaseMessageException replay(HttpStatus status, String message, List<String> problems) {
		return new CaseMessageException(status, message, problems, true);
	}

	public static CaseMessageException invalid(List<String> problems) {
		return new CaseMessageException(HttpStatus.BAD_REQUEST, "The message has " + problems.size() + " invalid field(s).",
				problems);
	}

	public static CaseMessageException unknownCase() {
		return new CaseMessageException(HttpStatus.NOT_FOUND, "No such case.", List.of());
	}

	public static CaseMessageException wrongState(String messageName, String reference, long waiting) {
		String why = waiting == 0 ? "is not waiting for " + messageName + " now"
				: "has " + waiting + " steps waiting for " + messageName + "; it cannot be delivered to one of them safely";
		return new CaseMessageException(HttpStatus.CONFLICT, "Case " + reference + " " + why + ".", List.of());
	}

	/** The case waits for the message but its state refuses it now, for the reason given ({@link MessageStateRules}). */
	public static CaseMessageException refusedInState(String messageName, String reference, String reason) {
		return new CaseMessageException(HttpStatus.CONFLICT,
				"Case " + reference + " cannot take " + messageName + " now: " + reason + ".", List.of());
	}

	public HttpStatus status() {
		return status;
	}

	public List<String> problems() {
		return problems;
	}

	public boolean replayed() {
		return replayed;
	}

}
