package uk.police.spo.partners;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A referral of a case to a partner, written in the same transaction as the process step that decides it, and
 * delivered by a send task of that process (partners.delivery). The partner sees its idempotency key (the referral's
 * id) on every attempt and every resend. QUEUED becomes SENT with the partner's acknowledgement, or FAILED with the
 * reason; a supervisor's resend puts a FAILED one back to QUEUED.
 */
@Entity
@Table(name = "referral")
public class Referral {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReferralPartner partner;

	@Column(nullable = false)
	private String purpose;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_basis", nullable = false)
	private LegalBasis legalBasis;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReferralStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "idempotency_key", nullable = false)
	private String idempotencyKey;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "last_attempt_at")
	private Instant lastAttemptAt;

	/** What the last attempt came to, in a few words (never a value of the payload). */
	@Column(name = "last_outcome")
	private String lastOutcome;

	@Column(name = "acknowledgement_id")
	private String acknowledgementId;

	@Column(name = "failure_reason")
	private String failureReason;

	/** When the victim accepted this offer; null for a referral on any other footing. */
	@Column(name = "consent_given_at")
	private Instant consentGivenAt;

	@Version
	private long version;

	protected Referral() {
	}

	private Referral(UUID caseId, ReferralPartner partner, String purpose, LegalBasis basis, ReferralStatus status,
			Instant at) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.partner = partner;
		this.purpose = purpose;
		this.legalBasis = basis;
		this.status = status;
		this.createdAt = at;
		this.updatedAt = at;
		this.idempotencyKey = id.toString();
	}

	/** A support referral suggested to the victim; nothing is shared until they consent. */
	public static Referral offer(UUID caseId, ReferralPartner partner, String purpose, Instant at) {
		return new Referral(caseId, partner, purpose, LegalBasis.CONSENT, ReferralStatus.OFFERED, at);
	}

	/** A referral to send now, on a basis that needs no further consent (or whose consent is already recorded). */
	public static Referral queue(UUID caseId, ReferralPartner partner, String purpose, LegalBasis basis, Instant at) {
		return new Referral(caseId, partner, purpose, basis, ReferralStatus.QUEUED, at);
	}

	public void consentGiven(Instant at) {
		move(ReferralStatus.OFFERED, ReferralStatus.QUEUED, at);
		this.consentGivenAt = at;
	}

	public void declined(Instant at) {
		move(ReferralStatus.OFFERED, ReferralStatus.DECLINED, at);
	}

	/** The partner took it: {@code acknowledgementId} is theirs, or the idempotency key when they gave none. */
	public void sent(String acknowledgementId, Instant at) {
		attempted("SENT", at);
		move(ReferralStatus.QUEUED, ReferralStatus.SENT, at);
		this.acknowledgementId = acknowledgementId == null || acknowledgementId.isBlank() ? idempotencyKey
				: truncate(acknowledgementId, 200);
		this.failureReason = null;
	}

	/** An attempt that may succeed later: counted, the referral stays QUEUED for the next one. */
	public void attemptFailed(String reason, Instant at) {
		attempted(reason, at);
		this.updatedAt = at;
	}

	/** Given up: a permanent refusal, retries run out, or no basis to share. */
	public void failed(String reason, Instant at) {
		attempted(reason, at);
		move(ReferralStatus.QUEUED, ReferralStatus.FAILED, at);
		this.failureReason = truncate(reason, 300);
	}

	/** Refused before any attempt reached the partner: nothing left the force, so no attempt is counted. */
	public void refused(String reason, Instant at) {
		move(ReferralStatus.QUEUED, ReferralStatus.FAILED, at);
		this.lastOutcome = truncate(reason, 300);
		this.failureReason = truncate(reason, 300);
	}

	/** A supervisor sends a FAILED referral again, under the same idempotency key. */
	public void resend(Instant at) {
		move(ReferralStatus.FAILED, ReferralStatus.QUEUED, at);
		this.failureReason = null;
	}

	private void attempted(String outcome, Instant at) {
		this.attempts++;
		this.lastAttemptAt = at;
		this.lastOutcome = truncate(outcome, 300);
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	public void answered(Instant at) {
		move(ReferralStatus.SENT, ReferralStatus.ANSWERED, at);
	}

	private void move(ReferralStatus from, ReferralStatus to, Instant at) {
		if (status != from) {
			throw new IllegalStateException("A referral that is " + status + " cannot become " + to);
		}
		this.status = to;
		this.updatedAt = at;
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public ReferralPartner partner() {
		return partner;
	}

	public String purpose() {
		return purpose;
	}

	public LegalBasis legalBasis() {
		return legalBasis;
	}

	public ReferralStatus status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public String idempotencyKey() {
		return idempotencyKey;
	}

	public int attempts() {
		return attempts;
	}

	public Optional<Instant> lastAttemptAt() {
		return Optional.ofNullable(lastAttemptAt);
	}

	public Optional<String> lastOutcome() {
		return Optional.ofNullable(lastOutcome);
	}

	public Optional<String> acknowledgementId() {
		return Optional.ofNullable(acknowledgementId);
	}

	public Optional<String> failureReason() {
		return Optional.ofNullable(failureReason);
	}

	public Optional<Instant> consentGivenAt() {
		return Optional.ofNullable(consentGivenAt);
	}

}
