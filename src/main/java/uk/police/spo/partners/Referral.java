package uk.police.spo.partners;

import java.time.Instant;
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
 * A referral of a case to a partner, written in the same transaction as the process step that decides it; its id is
 * meant as the idempotency id the partner will see. Nothing delivers referrals yet: a QUEUED row stays QUEUED.
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
	}

	public void declined(Instant at) {
		move(ReferralStatus.OFFERED, ReferralStatus.DECLINED, at);
	}

	public void sent(Instant at) {
		move(ReferralStatus.QUEUED, ReferralStatus.SENT, at);
	}

	public void failed(Instant at) {
		move(ReferralStatus.QUEUED, ReferralStatus.FAILED, at);
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

}
