package uk.police.spo.audit;

/** The processing operations Data Protection Act 2018 s.62 requires a log of. */
public enum AuditAction {

	/** Personal data came into the system (a report, a form, a partner's message). */
	COLLECT,

	/** Someone read personal data, or a record about people (including this log). */
	CONSULT,

	/** Personal data was changed. */
	ALTER,

	/** Personal data left the force (a referral, a court bundle, a document served). */
	DISCLOSE,

	/** Personal data was deleted or anonymised. */
	ERASE

}
