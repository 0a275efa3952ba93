package uk.police.spo.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import uk.police.spo.cases.CaseStatus;

/** What retention needs of a case: no personal data. {@code closedAt} and {@code reviewOn} are null until closed. */
record RetentionCase(UUID id, String reference, CaseStatus status, Instant closedAt, LocalDate reviewOn,
		String unit) {

	boolean dueOn(LocalDate today) {
		return status == CaseStatus.CLOSED && reviewOn != null && !reviewOn.isAfter(today);
	}

}
