package uk.police.spo.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.system.UkDates;
import uk.police.spo.units.CaseAccess;

/** Closed cases whose retention review date has come: what supervisors see, and what the nightly job records. */
@Service
class RetentionReviews {

	static final String REVIEW_DUE = "RETENTION_REVIEW_DUE";

	/** A due case as listed for review; no personal data. */
	record DueCase(String reference, LocalDate closedOn, LocalDate reviewOn, String unit, boolean purgeRequested) {
	}

	private final RetentionCases cases;

	private final RetentionPurges purges;

	private final CaseRecords records;

	private final CaseAccess access;

	private final Clock clock;

	RetentionReviews(RetentionCases cases, RetentionPurges purges, CaseRecords records, CaseAccess access,
			Clock clock) {
		this.cases = cases;
		this.purges = purges;
		this.records = records;
		this.access = access;
		this.clock = clock;
	}

	/** The due cases of the logged-in user's units (administrators: all), earliest review first. */
	@Transactional(readOnly = true)
	List<DueCase> due() {
		List<RetentionCase> due = cases.dueOn(ForceCalendar.today(clock))
			.stream()
			.filter(c -> access.maySee(c.unit()))
			.toList();
		Set<String> requested = purges
			.findByCaseReferenceInAndStatus(due.stream().map(RetentionCase::reference).toList(), PurgeStatus.REQUESTED)
			.stream()
			.map(RetentionPurge::caseReference)
			.collect(Collectors.toSet());
		return due.stream()
			.map(c -> new DueCase(c.reference(), LocalDate.ofInstant(c.closedAt(), UkDates.ZONE), c.reviewOn(),
					c.unit(), requested.contains(c.reference())))
			.toList();
	}

	/**
	 * Notes on each due case's timeline, once, that its review has come, so that the case shows it too.
	 * @return how many cases are due
	 */
	@Transactional
	int noteDue() {
		List<RetentionCase> due = cases.dueOn(ForceCalendar.today(clock));
		for (RetentionCase retentionCase : due) {
			boolean noted = records.load(retentionCase.id())
				.timeline()
				.stream()
				.anyMatch(entry -> REVIEW_DUE.equals(entry.kind()));
			if (!noted) {
				records.record(retentionCase.id(), REVIEW_DUE,
						"Retention review due since " + retentionCase.reviewOn());
			}
		}
		return due.size();
	}

}
