package uk.police.spo.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.units.CaseAccess;

/**
 * Purging a case at its retention review: a supervisor asks, an administrator who is not the same person approves,
 * and the approval erases the case, everything it owns and its process history in one transaction, with an ERASE
 * entry in the audit log. The case must be closed, due for review, and have no running process.
 */
@Service
class CasePurges {

	static final String PURPOSE = "retention purge";

	private final RetentionCases cases;

	private final RetentionPurges purges;

	private final ProcessHistory processes;

	private final ObjectProvider<CaseDataEraser> erasers;

	private final CaseTables tables;

	private final CaseAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	CasePurges(RetentionCases cases, RetentionPurges purges, ProcessHistory processes,
			ObjectProvider<CaseDataEraser> erasers, CaseTables tables, CaseAccess access, AuditTrail audit,
			Clock clock) {
		this.cases = cases;
		this.purges = purges;
		this.processes = processes;
		this.erasers = erasers;
		this.tables = tables;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	RetentionPurge request(String reference, String user) {
		due(visible(reference));
		if (purges.findFirstByCaseReferenceAndStatus(reference, PurgeStatus.REQUESTED).isPresent()) {
			throw RetentionRefusal.conflict("A purge of this case has already been requested.");
		}
		return purges.save(RetentionPurge.requested(reference, user, clock.instant()));
	}

	/**
	 * A supervisor's retention review in the case process asked for a purge; the process is the authority here (its
	 * task was open only to the case's unit), so no web-request access check applies.
	 */
	@Transactional
	public RetentionPurge requestAfterReview(String reference, String user) {
		due(cases.lock(reference).orElseThrow(RetentionRefusal::notFound));
		if (purges.findFirstByCaseReferenceAndStatus(reference, PurgeStatus.REQUESTED).isPresent()) {
			throw RetentionRefusal.conflict("A purge of this case has already been requested.");
		}
		return purges.save(RetentionPurge.requested(reference, user, clock.instant()));
	}

	@Transactional
	RetentionPurge approve(String reference, String user) {
		RetentionCase retentionCase = due(visible(reference));
		RetentionPurge request = openRequest(reference, user);
		if (processes.running(reference)) {
			throw RetentionRefusal.conflict("The case still has a running process; it cannot be purged yet.");
		}
		List<String> erased = erasedFields(retentionCase);
		erasers.orderedStream().forEach(eraser -> eraser.erase(retentionCase.id(), reference));
		processes.erase(reference);
		tables.erase(retentionCase.id(), reference);
		request.purged(user, clock.instant());
		// last: the audit append locks the chain head until this transaction commits
		audit.record(AuditAction.ERASE, reference, erased, PURPOSE);
		return request;
	}

	@Transactional
	RetentionPurge reject(String reference, String user) {
		visible(reference);
		RetentionPurge request = openRequest(reference, user);
		request.rejected(user, clock.instant());
		return request;
	}

	private RetentionCase visible(String reference) {
		return cases.lock(reference)
			.filter(c -> access.maySee(c.unit()))
			.orElseThrow(RetentionRefusal::notFound);
	}

	private RetentionCase due(RetentionCase retentionCase) {
		if (retentionCase.status() != CaseStatus.CLOSED) {
			throw RetentionRefusal.conflict("The case is not closed.");
		}
		LocalDate today = ForceCalendar.today(clock);
		if (!retentionCase.dueOn(today)) {
			throw RetentionRefusal.conflict("The case is not due for retention review until "
					+ retentionCase.reviewOn() + ".");
		}
		return retentionCase;
	}

	private RetentionPurge openRequest(String reference, String user) {
		RetentionPurge request = purges.findFirstByCaseReferenceAndStatus(reference, PurgeStatus.REQUESTED)
			.orElseThrow(() -> RetentionRefusal.conflict("No purge of this case has been requested."));
		if (!request.mayBeDecidedBy(user)) {
			throw RetentionRefusal.forbidden("A purge must be decided by someone other than who requested it.");
		}
		return request;
	}

	/** Names of what the purge removes, for the audit log: the people by role, then the case's other records. */
	private List<String> erasedFields(RetentionCase retentionCase) {
		List<String> fields = new ArrayList<>();
		cases.roles(retentionCase.id()).forEach(role -> fields.add(role.toLowerCase(Locale.ROOT)));
		fields.addAll(List.of("incidents", "impact", "screening", "timeline", "processHistory"));
		return fields;
	}

}
