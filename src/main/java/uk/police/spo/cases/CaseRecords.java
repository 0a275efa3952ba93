package uk.police.spo.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.audit.Actors;
import uk.police.spo.audit.AuditAction;
import uk.police.spo.audit.AuditTrail;

/**
 * What delegates and services do to a case file: find it from the process variable {@code caseId}, move its status,
 * and write its timeline. The actor is the one the audit log names ({@link Actors}).
 */
@Service
public class CaseRecords {

	private final CaseRepository cases;

	private final Clock clock;

	private final Actors actors;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	CaseRecords(CaseRepository cases, Clock clock, Actors actors, AuditTrail audit, ApplicationEventPublisher events) {
		this.cases = cases;
		this.clock = clock;
		this.actors = actors;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public CaseFile load(UUID caseId) {
		return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("No case with id " + caseId));
	}

	/** The case with this reference; the caller decides what an unknown reference answers. */
	public Optional<CaseFile> byReference(String reference) {
		return cases.findByReference(reference);
	}

	/** The case with this id, when there is one (a stored document may outlive its case's purge). */
	public Optional<CaseFile> byId(UUID caseId) {
		return cases.findById(caseId);
	}

	/** Stores a case file made from a report. */
	@Transactional
	public CaseFile register(CaseFile caseFile) {
		return cases.save(caseFile);
	}

	/**
	 * The case's risk level was just set on it ({@link CaseFile#triaged}, {@link CaseFile#riskReassessed}): what keeps
	 * a copy of the level is told in this transaction ({@link CaseRiskChanged}).
	 */
	public void riskChanged(CaseFile caseFile) {
		events.publishEvent(new CaseRiskChanged(caseFile.id(), caseFile.riskLevel().orElse(null)));
	}

	/** The current risk level of each of these cases that has one, as this transaction sees it. */
	@Transactional(readOnly = true)
	public Map<UUID, String> riskLevels(Collection<UUID> caseIds) {
		Map<UUID, String> levels = new HashMap<>();
		if (!caseIds.isEmpty()) {
			cases.findRiskLevels(caseIds).forEach(level -> levels.put(level.getId(), level.getRiskLevel()));
		}
		return levels;
	}

	/** How the victim agreed to be contacted safely, when the case records it. */
	@Transactional(readOnly = true)
	public Optional<SafeContactMethod> agreedSafeContact(UUID caseId) {
		return load(caseId).personIn(PersonRole.VICTIM).map(CasePerson::safeContactMethod);
	}

	/** The suspect's date of birth, when the case records it. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> suspectDateOfBirth(UUID caseId) {
		return load(caseId).personIn(PersonRole.SUSPECT).map(CasePerson::dateOfBirth);
	}

	/** Adds a timeline entry; the summary is read by supervisors and must hold no personal data. */
	@Transactional
	public CaseFile record(UUID caseId, String kind, String summary) {
		CaseFile caseFile = load(caseId);
		caseFile.record(new TimelineEntry(clock.instant(), kind, summary, actor()));
		return caseFile;
	}

	@Transactional
	public CaseFile moveTo(UUID caseId, CaseStatus status, String kind, String summary) {
		CaseFile caseFile = record(caseId, kind, summary);
		caseFile.moveTo(status);
		return caseFile;
	}

	/**
	 * Logs what a delegate or service did with the case's personal data (field names only), in the caller's
	 * transaction, appended when it commits (AuditTrail.recordAtCommit).
	 */
	@Transactional
	public void audit(UUID caseId, AuditAction action, List<String> fields, String purpose) {
		audit.recordAtCommit(action, load(caseId).reference(), fields, purpose);
	}

	public String actor() {
		return actors.current();
	}

}
