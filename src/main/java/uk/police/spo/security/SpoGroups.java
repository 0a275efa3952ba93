package uk.police.spo.security;

import java.util.List;

/** The Camunda identity groups of shared/design.md: candidate groups for tasks and roles for the APIs. */
public final class SpoGroups {

	public static final String TRIAGE_OFFICERS = "triage-officers";

	public static final String INVESTIGATORS = "investigators";

	public static final String SUPERVISORS = "supervisors";

	public static final String LEGAL_ADVISERS = "legal-advisers";

	public static final String OFFENDER_MANAGERS = "offender-managers";

	public static final String ADMINS = "admins";

	/** Camunda's own administrators' group: full rights in the engine and its webapps. */
	public static final String CAMUNDA_ADMIN = "camunda-admin";

	public static final String PARTNER_COURT = "partner-court";

	public static final String PARTNER_MARAC = "partner-marac";

	public static final String PARTNER_HOUSING = "partner-housing";

	public static final String PARTNER_ADVOCACY = "partner-advocacy";

	/** A scraper of {@code /actuator/prometheus} (Prometheus): may read the metrics and nothing else. */
	public static final String METRICS = "metrics";

	/** People of the force who work cases. */
	public static final List<String> STAFF = List.of(TRIAGE_OFFICERS, INVESTIGATORS, SUPERVISORS, LEGAL_ADVISERS,
			OFFENDER_MANAGERS, ADMINS);

	public static final List<String> PARTNERS = List.of(PARTNER_COURT, PARTNER_MARAC, PARTNER_HOUSING, PARTNER_ADVOCACY);

	private SpoGroups() {
	}

}
