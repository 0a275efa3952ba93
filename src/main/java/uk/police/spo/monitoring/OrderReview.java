package uk.police.spo.monitoring;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A periodic review of an order in force: how the victim was contacted and whether the defendant complies. */
@Entity
@Table(name = "order_review")
class OrderReview {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Column(name = "order_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID orderId;

	@Column(name = "reviewed_at", nullable = false)
	private Instant reviewedAt;

	@Column(name = "victim_contact", nullable = false)
	private String victimContact;

	@Column(nullable = false)
	private String compliance;

	protected OrderReview() {
	}

	OrderReview(UUID caseId, UUID orderId, Instant reviewedAt, String victimContact, String compliance) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.orderId = orderId;
		this.reviewedAt = reviewedAt;
		this.victimContact = victimContact;
		this.compliance = compliance;
	}

	String victimContact() {
		return victimContact;
	}

	String compliance() {
		return compliance;
	}

}
