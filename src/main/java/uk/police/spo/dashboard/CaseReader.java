package uk.police.spo.dashboard;

import java.util.List;

import uk.police.spo.security.SpoGroups;

/**
 * What of a case's page the reader's role shows, in one place. Every officer of the case's unit sees the case, its
 * report, risk assessments, tasks, timeline and documents.
 * @param safeContactDetail the victim's safe channel, safe times and voicemail: officers who contact the victim
 * (triage, investigation, order management) and supervisors; not legal advisers or administrators
 * @param investigation witnesses and evidence, and logging evidence: investigators, supervisors and administrators,
 * as for the evidence and witness APIs (security.SecurityConfiguration)
 * @param auditTrail who read the case: supervisors and administrators, as for the audit API
 */
record CaseReader(boolean safeContactDetail, boolean investigation, boolean auditTrail) {

	static final List<String> SAFE_CONTACT_ROLES = List.of(SpoGroups.TRIAGE_OFFICERS, SpoGroups.INVESTIGATORS,
			SpoGroups.OFFENDER_MANAGERS, SpoGroups.SUPERVISORS);

	static final List<String> INVESTIGATION_ROLES = List.of(SpoGroups.INVESTIGATORS, SpoGroups.SUPERVISORS,
			SpoGroups.ADMINS);

	static final List<String> OVERSEERS = List.of(SpoGroups.SUPERVISORS, SpoGroups.ADMINS);

	static CaseReader of(List<String> groups) {
		return new CaseReader(groups.stream().anyMatch(SAFE_CONTACT_ROLES::contains),
				groups.stream().anyMatch(INVESTIGATION_ROLES::contains), groups.stream().anyMatch(OVERSEERS::contains));
	}

	static CaseReader current() {
		return of(EngineReader.currentGroups());
	}

}
