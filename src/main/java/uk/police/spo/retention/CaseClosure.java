package uk.police.spo.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.audit.AuditAction;
import uk.police.spo.cases.CaseRecords;

/** Closes a case: status CLOSED, the outcome, and the date its retention comes up for review. */
@Service
@EnableConfigurationProperties(RetentionProperties.class)
public class CaseClosure {

	/** An outcome is a code (NO_FURTHER_ACTION, ORDER_EXPIRED), never words about people. */
	private static final Pattern OUTCOME = Pattern.compile("[A-Z][A-Z_]{0,39}");

	private final CaseRecords records;

	private final Clock clock;

	private final RetentionProperties properties;

	CaseClosure(CaseRecords records, Clock clock, RetentionProperties properties) {
		this.records = records;
		this.clock = clock;
		this.properties = properties;
	}

	/** @return the retention review date */
	@Transactional
	public LocalDate close(UUID caseId, String outcome) {
		if (outcome == null || !OUTCOME.matcher(outcome).matches()) {
			throw new IllegalArgumentException("A closure outcome is a code in capitals, such as NO_FURTHER_ACTION");
		}
		LocalDate reviewOn = ForceCalendar.today(clock).plus(properties.reviewAfter());
		CaseFile caseFile = records.load(caseId);
		caseFile.close(clock.instant(), outcome, reviewOn);
		records.record(caseId, "CASE_CLOSED", "Case closed (" + outcome + "), retention review on " + reviewOn);
		records.audit(caseId, AuditAction.ALTER, List.of("case.status", "case.closureOutcome", "case.retentionReviewOn"),
				"case closed");
		return reviewOn;
	}

	/** A review kept the records for {@code years} more years: @return the next review date. */
	@Transactional
	public LocalDate keepFor(UUID caseId, int years) {
		LocalDate nextReview = ForceCalendar.today(clock).plusYears(years);
		records.load(caseId).keepUntilReviewOn(nextReview);
		records.record(caseId, "RETENTION_KEPT", "Records kept after review, next review on " + nextReview);
		records.audit(caseId, AuditAction.ALTER, List.of("case.retentionReviewOn"), "records kept after review");
		return nextReview;
	}

}
