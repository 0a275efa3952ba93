package uk.police.spo.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.persistence.PersistenceException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem answers for the project's APIs, with {@code errors: [{field, message}]} naming each bad field by
 * its JSON path. Never echoes the submitted values back.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.collect(Collectors.toList());
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = "$";
		String message = "the body is not valid JSON";
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			field = path(mapping.getPath());
			message = "has the wrong type or format";
		}
		return ResponseEntity.badRequest().body(invalid(List.of(Map.of("field", field, "message", message))));
	}

	@ExceptionHandler(InvalidFieldException.class)
	ResponseEntity<Object> invalidField(InvalidFieldException e) {
		return ResponseEntity.badRequest().body(invalid(List.of(Map.of("field", e.field(), "message", e.problem()))));
	}

	/**
	 * A multipart body the container cannot read: no boundary, a boundary that never comes, a part cut off. Too large
	 * a body is a subclass, answered 413 by ResponseEntityExceptionHandler's own handler (the closer match wins).
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> unreadableMultipart(MultipartException e) {
		return ResponseEntity.badRequest()
			.body(invalid(List.of(Map.of("field", "$", "message", "the body is not readable multipart/form-data"))));
	}

	/** No database connection within the pool's wait (or the database is away): nothing was done, try again soon. */
	@ExceptionHandler(CannotCreateTransactionException.class)
	ResponseEntity<Object> noConnection(CannotCreateTransactionException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The system is busy and did nothing with this request. Please send it again shortly.");
		problem.setTitle(DatabaseUnavailable.TITLE);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
			.body(problem);
	}

	/**
	 * The database could not be reached during the request (server down, connection lost): 503 with Retry-After. The
	 * request lost a race with another change of the same case or process (an asynchronous step, an escalation): 409,
	 * nothing was saved. Any other data access or engine failure is left as it was (rethrown).
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, ProcessEngineException.class,
			PersistenceException.class })
	ResponseEntity<Object> databaseUnavailable(RuntimeException e) {
		if (ConcurrentChange.isCause(e)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ConcurrentChange.DETAIL);
			problem.setTitle(ConcurrentChange.TITLE);
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		if (!DatabaseUnavailable.isCause(e)) {
			throw e;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				DatabaseUnavailable.DETAIL);
		problem.setTitle(DatabaseUnavailable.TITLE);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
			.body(problem);
	}

	static ProblemDetail invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has " + errors.size() + " invalid field(s).");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String path(List<JsonMappingException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : references) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
