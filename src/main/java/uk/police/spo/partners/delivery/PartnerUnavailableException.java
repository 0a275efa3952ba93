package uk.police.spo.partners.delivery;

/** The partner could not be reached this time: the send task's job fails and is tried again on its retry cycle. */
class PartnerUnavailableException extends RuntimeException {

	PartnerUnavailableException(String message) {
		super(message);
	}

}
