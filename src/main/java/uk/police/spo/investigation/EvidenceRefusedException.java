package uk.police.spo.investigation;

/** An evidence file the store does not accept: too large, or not one of the accepted types. */
class EvidenceRefusedException extends RuntimeException {

	enum Reason {

		TOO_LARGE, TYPE_NOT_ACCEPTED

	}

	private final Reason reason;

	EvidenceRefusedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}

}
