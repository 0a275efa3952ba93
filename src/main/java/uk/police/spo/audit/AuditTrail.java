package uk.police.spo.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The log Data Protection Act 2018 s.62 requires: who collected, consulted, altered, disclosed or erased personal
 * data, when, in which case, which fields (names, never values) and why.
 *
 * <p>{@link #record} joins the caller's transaction (there must be one) and should be its last step. It locks the
 * one-row chain head ({@code SELECT ... FOR UPDATE}), so appends from all threads and all nodes on the database take
 * turns, each reading the true last hash; the entry and the moved head commit with the change they describe or not
 * at all. The lock is held until the commit, so the later it is taken the shorter others wait. Pending JPA changes are
 * flushed before the lock is taken: when {@code record} is the last step, a transaction holding the head waits for no
 * other row lock, so the head cannot take part in a deadlock. Where the caller cannot be last (a step of the engine's
 * commands), {@link #recordAtCommit} appends when the transaction commits.
 */
@Service
public class AuditTrail {

	/** The actor of an anonymous web request: the public report form. */
	public static final String PUBLIC = Actors.PUBLIC;

	/** The actor when there is no web request: the job executor's delegates, scheduled work. */
	public static final String SYSTEM = Actors.SYSTEM;

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private static final Pattern CASE_REFERENCE = Pattern.compile("[A-Z0-9-]{1,20}");

	private static final int PAGE = 1000;

	private final AuditEntries entries;

	private final Clock clock;

	private final ObjectProvider<EntityManagerFactory> jpa;

	private final Actors actors;

	AuditTrail(AuditEntries entries, Clock clock, ObjectProvider<EntityManagerFactory> jpa, Actors actors) {
		this.entries = entries;
		this.clock = clock;
		this.jpa = jpa;
		this.actors = actors;
	}

	/**
	 * Appends an entry, in the caller's (read-write) transaction, for the current actor.
	 * @param caseReference the case the data belongs to, or null (e.g. the audit log itself)
	 * @param fields names of the personal-data fields touched, e.g. {@code victim.phone}; never values
	 * @param purpose why, in a few words, e.g. {@code report intake}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(AuditAction action, String caseReference, Collection<String> fields, String purpose) {
		return append(checked(actors.current(), action, caseReference, fields, purpose));
	}

	/**
	 * As {@link #record}, appended when the caller's transaction commits, after everything else it does. For a step
	 * inside one of the engine's commands (a delegate, a task listener, a job), which the engine follows with more
	 * work in the same transaction (the next activities, its own flush): appended at once, the entry would hold the
	 * chain head across all of that, and every other append of every node would wait for it (the largest database
	 * wait of the referrals' send jobs and of the officers' requests beside them, 2026-12-03). At the commit the head
	 * is held only for the append and the commit. The actor is the one acting now; everything is checked at once; a rolled-back transaction
	 * appends nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAtCommit(AuditAction action, String caseReference, Collection<String> fields, String purpose) {
		appendAtCommit(checked(actors.current(), action, caseReference, fields, purpose));
	}

	/**
	 * As {@link #recordAtCommit}, for what the system does on its own account inside someone else's transaction,
	 * where no person sees the data (matching a public report against earlier cases: the anonymous reporter is not
	 * the reader).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordBySystemAtCommit(AuditAction action, String caseReference, Collection<String> fields,
			String purpose) {
		appendAtCommit(checked(SYSTEM, action, caseReference, fields, purpose));
	}

	/**
	 * As {@link #record}, for an actor known only while the request ran (a read through Camunda's webapps, whose
	 * login holds only inside their own filters); see {@link EngineReadAudit}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	AuditEntry recordFor(String actor, AuditAction action, String caseReference, Collection<String> fields,
			String purpose) {
		return append(checked(actor, action, caseReference, fields, purpose));
	}

	/** An entry checked and waiting for its place in the chain. */
	private record Pending(String actor, AuditAction action, String caseReference, List<String> names,
			String purpose) {
	}

	private Pending checked(String actor, AuditAction action, String caseReference, Collection<String> fields,
			String purpose) {
		if (action == null) {
			throw new IllegalArgumentException("An audit entry needs an action");
		}
		if (caseReference != null && !CASE_REFERENCE.matcher(caseReference).matches()) {
			throw new IllegalArgumentException("An audit entry's case reference must be a case reference");
		}
		if (purpose == null || purpose.isBlank() || purpose.length() > 100) {
			throw new IllegalArgumentException("An audit entry needs a purpose of at most 100 characters");
		}
		List<String> names = Objects.requireNonNull(fields, "fields")
			.stream()
			.map(AuditFields::checked)
			.distinct()
			.toList();
		if (String.join(AuditEntry.FIELD_SEPARATOR, names).length() > 1000) {
			throw new IllegalArgumentException("An audit entry names at most 1000 characters of fields");
		}
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("An audit entry must be written in a read-write transaction");
		}
		if (actor == null || actor.length() > 100) {
			throw new IllegalStateException("A user id longer than 100 characters cannot be audited");
		}
		return new Pending(actor, action, caseReference, names, purpose);
	}

	private void appendAtCommit(Pending pending) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void beforeCommit(boolean readOnly) {
				append(pending);
			}
		});
	}

	private AuditEntry append(Pending pending) {
		flushPendingChanges();

		AuditEntries.Head head = entries.lockHead();
		AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), head.sequence() + 1,
				clock.instant().truncatedTo(ChronoUnit.SECONDS), pending.actor(), pending.action(),
				pending.caseReference(), pending.names(), pending.purpose(), head.hash(), null).sealed();
		entries.append(entry);
		return entry;
	}

	/**
	 * Walks the whole chain as committed when the walk starts, page by page and without a lock (appends carry on).
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		Optional<AuditEntries.Head> head = entries.head();
		long upTo = head.map(AuditEntries.Head::sequence).orElse(Long.MAX_VALUE);
		ChainVerifier verifier = new ChainVerifier();
		long after = 0;
		boolean more = true;
		while (more) {
			List<AuditEntry> page = entries.chainPage(after, upTo, PAGE);
			for (AuditEntry entry : page) {
				if (!verifier.accept(entry)) {
					more = false;
					break;
				}
				after = entry.sequence();
			}
			more = more && page.size() == PAGE;
		}
		ChainVerification result = head.map(h -> verifier.finish(h.sequence(), h.hash()))
			.orElseGet(verifier::finishWithoutHead);
		if (!result.intact()) {
			log.warn("The audit chain is broken at sequence {}", result.firstBrokenSequence());
		}
		return result;
	}

	/** A page of the audit log, newest first. Reading the log is itself recorded (CONSULT, purpose audit search). */
	@Transactional
	public AuditSearchResult search(AuditSearch search) {
		AuditEntries.Filter filter = new AuditEntries.Filter(search.caseReference(), search.actor(), search.from(),
				search.before(), search.units());
		long total = entries.count(filter);
		List<AuditEntry> found = entries.search(filter, (long) search.page() * search.size(), search.size());
		record(AuditAction.CONSULT, null, List.of("audit.actor", "audit.caseReference"), "audit search");
		return new AuditSearchResult(search.page(), search.size(), total, found);
	}

	private void flushPendingChanges() {
		EntityManagerFactory factory = jpa.getIfAvailable();
		EntityManager current = factory == null ? null : EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
		if (current != null) {
			current.flush();
		}
	}

}
