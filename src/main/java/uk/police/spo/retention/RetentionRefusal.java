package uk.police.spo.retention;

import org.springframework.http.HttpStatus;

/** A retention request that cannot be done as asked; answered as a problem with this status and detail. */
class RetentionRefusal extends RuntimeException {

	private final HttpStatus status;

	private RetentionRefusal(HttpStatus status, String detail) {
		super(detail, null, false, false);
		this.status = status;
	}

	static RetentionRefusal notFound() {
		return new RetentionRefusal(HttpStatus.NOT_FOUND, "No such case.");
	}

	static RetentionRefusal conflict(String detail) {
		return new RetentionRefusal(HttpStatus.CONFLICT, detail);
	}

	static RetentionRefusal forbidden(String detail) {
		return new RetentionRefusal(HttpStatus.FORBIDDEN, detail);
	}

	HttpStatus status() {
		return status;
	}

}
