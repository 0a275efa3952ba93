package uk.police.spo.partners.delivery;

import org.springframework.http.HttpStatus;

/** Why a supervisor's request about a referral was not done; the answer's status and detail. */
class ReferralRefusal extends RuntimeException {

	private final HttpStatus status;

	private ReferralRefusal(HttpStatus status, String detail) {
		super(detail, null, false, false);
		this.status = status;
	}

	static ReferralRefusal notFound() {
		return new ReferralRefusal(HttpStatus.NOT_FOUND, "No such referral.");
	}

	static ReferralRefusal forbidden(String detail) {
		return new ReferralRefusal(HttpStatus.FORBIDDEN, detail);
	}

	static ReferralRefusal conflict(String detail) {
		return new ReferralRefusal(HttpStatus.CONFLICT, detail);
	}

	HttpStatus status() {
		return status;
	}

}
