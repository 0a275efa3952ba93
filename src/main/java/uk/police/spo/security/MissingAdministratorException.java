package uk.police.spo.security;

/** Start-up cannot go on: the database has no administrator and none was configured. */
public class MissingAdministratorException extends RuntimeException {

	MissingAdministratorException() {
		super("No administrator exists and none is configured: set SPO_ADMIN_USER and SPO_ADMIN_PASSWORD "
				+ "for the first start on an empty database.");
	}

}
