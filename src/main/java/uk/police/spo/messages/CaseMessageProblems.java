package uk.police.spo.messages;

import java.util.List;
import java.util.Map;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused message as problem+json; each problem "field: message" becomes an entry of {@code errors}. A refusal
 * answered again to a repeated message id carries {@code Idempotent-Replayed: true}, as the report API's replays do.
 */
@RestControllerAdvice
class CaseMessageProblems {

	@ExceptionHandler(CaseMessageException.class)
	ResponseEntity<ProblemDetail> refused(CaseMessageException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
		problem.setTitle(switch (e.status()) {
			case BAD_REQUEST -> "Invalid message";
			case NOT_FOUND -> "No such case";
			case UNPROCESSABLE_ENTITY -> "Message id already used";
			default -> "Message not accepted in the case's current state";
		});
		if (!e.problems().isEmpty()) {
			List<Map<String, String>> errors = e.problems().stream().map(CaseMessageProblems::error).toList();
			problem.setProperty("errors", errors);
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
		if (e.replayed()) {
			answer.header("Idempotent-Replayed", "true");
		}
		return answer.body(problem);
	}

	private static Map<String, String> error(String problem) {
		int colon = problem.indexOf(':');
		return colon < 0 ? Map.of("field", "$", "message", problem)
				: Map.of("field", problem.substring(0, colon), "message", problem.substring(colon + 1).strip());
	}

}
