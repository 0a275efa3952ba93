package uk.police.spo.partners;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The victim withdrew their consent to referrals to a partner: which partner, when, and the officer who recorded it. */
@Entity
@Table(name = "consent_withdrawal")
public class ConsentWithdrawal {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReferralPartner partner;

	@Column(name = "withdrawn_at", nullable = false)
	private Instant withdrawnAt;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	protected ConsentWithdrawal() {
	}

	ConsentWithdrawal(UUID caseId, ReferralPartner partner, Instant withdrawnAt, String recordedBy) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.partner = partner;
		this.withdrawnAt = withdrawnAt;
		this.recordedBy = recordedBy;
	}

	public UUID caseId() {
		return caseId;
	}

	public ReferralPartner partner() {
		return partner;
	}

	public Instant withdrawnAt() {
		return withdrawnAt;
	}

	public String recordedBy() {
		return recordedBy;
	}

}
