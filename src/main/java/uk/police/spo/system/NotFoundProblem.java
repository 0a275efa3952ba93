package uk.police.spo.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 404 answered as a problem (RFC 9457) like every other refusal, not an empty body: thrown by a controller, shaped
 * by Spring MVC's problem handling ({@code ApiProblems}).
 */
public final class NotFoundProblem {

	private NotFoundProblem() {
	}

	/**
	 * A case that does not exist, or one of another unit (answered alike, so that references cannot be probed), or
	 * an item of it that does not exist.
	 */
	public static ErrorResponseException noSuchCase() {
		return of("No such case or item.");
	}

	/** {@code what}: what was not found, in the caller's words ("No such case."); never echoes the request. */
	public static ErrorResponseException of(String what) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, what);
		problem.setTitle("Not found");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

}
