package uk.police.spo.cases;

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

/** A case linked to an earlier one, so officers see the course of conduct rather than single incidents. */
@Entity
@Table(name = "case_link")
public class CaseLink {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Column(name = "linked_case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID linkedCaseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LinkReason reason;

	@Column(name = "linked_at", nullable = false)
	private Instant linkedAt;

	protected CaseLink() {
	}

	public CaseLink(UUID caseId, UUID linkedCaseId, LinkReason reason, Instant linkedAt) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.linkedCaseId = linkedCaseId;
		this.reason = reason;
		this.linkedAt = linkedAt;
	}

	public UUID caseId() {
		return caseId;
	}

	public UUID linkedCaseId() {
		return linkedCaseId;
	}

	public LinkReason reason() {
		return reason;
	}

}
