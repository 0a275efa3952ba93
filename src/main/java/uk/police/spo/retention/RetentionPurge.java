package uk.police.spo.retention;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A request to purge a case at its retention review, and its outcome. Outlives the case: it names the case only by
 * its reference, which identifies no person.
 */
@Entity
@Table(name = "retention_purge")
class RetentionPurge {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_reference", nullable = false)
	private String caseReference;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PurgeStatus status;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "purged_at")
	private Instant purgedAt;

	protected RetentionPurge() {
	}

	private RetentionPurge(String caseReference, String requestedBy, Instant requestedAt) {
		this.id = UUID.randomUUID();
		this.caseReference = caseReference;
		this.status = PurgeStatus.REQUESTED;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	static RetentionPurge requested(String caseReference, String by, Instant at) {
		return new RetentionPurge(caseReference, by, at);
	}

	/** Four eyes: the person who asked for a purge does not decide it. */
	boolean mayBeDecidedBy(String user) {
		return !requestedBy.equals(user);
	}

	void purged(String by, Instant at) {
		decide(PurgeStatus.PURGED, by, at);
		this.purgedAt = at;
	}

	void rejected(String by, Instant at) {
		decide(PurgeStatus.REJECTED, by, at);
	}

	private void decide(PurgeStatus outcome, String by, Instant at) {
		if (status != PurgeStatus.REQUESTED) {
			throw new IllegalStateException("Purge request " + id + " is already " + status);
		}
		if (!mayBeDecidedBy(by)) {
			throw new IllegalStateException("The requester of purge " + id + " cannot decide it");
		}
		this.status = outcome;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	UUID id() {
		return id;
	}

	String caseReference() {
		return caseReference;
	}

	PurgeStatus status() {
		return status;
	}

	String requestedBy() {
		return requestedBy;
	}

	Instant requestedAt() {
		return requestedAt;
	}

	String decidedBy() {
		return decidedBy;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	Instant purgedAt() {
		return purgedAt;
	}

}
