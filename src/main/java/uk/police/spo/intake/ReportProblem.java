package uk.police.spo.intake;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The report API's own refusals, answered as RFC 9457 problems. */
final class ReportProblem {

	private ReportProblem() {
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	static class InvalidIdempotencyKey extends ErrorResponseException {

		InvalidIdempotencyKey() {
			super(HttpStatus.BAD_REQUEST, withField(), null);
		}

		private static ProblemDetail withField() {
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
					"The Idempotency-Key header must be 8 to 100 letters, digits or . _ : -");
			problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", "Idempotency-Key", "message",
					"must be 8 to 100 letters, digits or . _ : -")));
			return problem;
		}

	}

	static class KeyReused extends ErrorResponseException {

		KeyReused() {
			super(HttpStatus.UNPROCESSABLE_ENTITY, problem(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
					"This Idempotency-Key was already used for a different report. Use a new key for a new report."),
					null);
		}

	}

	/** Nothing was stored; the same request with the same key may be sent again. */
	static class NotStored extends ErrorResponseException {

		NotStored(Throwable cause) {
			super(HttpStatus.SERVICE_UNAVAILABLE, problem(HttpStatus.SERVICE_UNAVAILABLE, "Report not stored",
					"The report could not be stored just now and nothing was kept. Please send it again; "
							+ "if you are in danger, call 999."),
					cause);
			getHeaders().set("Retry-After", "30");
		}

	}

}
