package uk.police.spo.partners;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import uk.police.spo.security.crypto.EncryptedStringConverter;

/**
 * One message a partner sent in, accepted or refused. A refused one carries the reason, for a supervisor, and the
 * answer it got (status, detail, problems), which a repeat of its message id gets again.
 */
@Entity
@Table(name = "partner_message")
class PartnerMessage {

	public static final String ACCEPTED = "ACCEPTED";

	public static final String REFUSED = "REFUSED";

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(nullable = false)
	private String partner;

	@Column(name = "message_id", nullable = false)
	private String messageId;

	@Column(name = "case_reference")
	private String caseReference;

	/** The case the reference names, when there is one: the message goes with it when the case is purged. */
	@Column(name = "case_id")
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Column(name = "message_type", nullable = false)
	private String messageType;

	@Column(nullable = false)
	private String status;

	private String reason;

	@Column(name = "refusal_status")
	private Integer refusalStatus;

	@Column(name = "refusal_detail")
	private String refusalDetail;

	/** The problems ("field: message") of the refusal as a JSON array. */
	@Column(name = "refusal_problems")
	private String refusalProblems;

	@Convert(converter = EncryptedStringConverter.class)
	private String body;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	protected PartnerMessage() {
	}

	private PartnerMessage(String partner, PartnerInboundMessage message, UUID caseId, String body, String status,
			Instant receivedAt) {
		this.id = UUID.randomUUID();
		this.partner = partner;
		this.messageId = message.messageId();
		this.caseReference = message.caseReference();
		this.caseId = caseId;
		this.messageType = message.type();
		this.status = status;
		this.body = body;
		this.receivedAt = receivedAt;
	}

	static PartnerMessage accepted(String partner, PartnerInboundMessage message, UUID caseId, String body,
			Instant receivedAt) {
		return new PartnerMessage(partner, message, caseId, body, ACCEPTED, receivedAt);
	}

	/**
	 * @param caseId the case the reference names, null when it names none
	 * @param reason what a supervisor reads, at most 500 characters
	 * @param problems the refusal's problems as a JSON array, at most 4000 characters
	 */
	static PartnerMessage refused(String partner, PartnerInboundMessage message, UUID caseId, String body,
			int refusalStatus, String detail, String problems, String reason, Instant receivedAt) {
		PartnerMessage refused = new PartnerMessage(partner, message, caseId, body, REFUSED, receivedAt);
		refused.refusalStatus = refusalStatus;
		refused.refusalDetail = detail;
		refused.refusalProblems = problems;
		refused.reason = reason;
		return refused;
	}

	boolean isAccepted() {
		return ACCEPTED.equals(status);
	}

	public String partner() {
		return partner;
	}

	public String messageId() {
		return messageId;
	}

	public String caseReference() {
		return caseReference;
	}

	public String messageType() {
		return messageType;
	}

	public String status() {
		return status;
	}

	public String reason() {
		return reason;
	}

	/** The status of the refusal; null for an accepted message. */
	public Integer refusalStatus() {
		return refusalStatus;
	}

	public String refusalDetail() {
		return refusalDetail;
	}

	/** The problems of the refusal as a JSON array, or null (none, or refused before they were kept). */
	public String refusalProblems() {
		return refusalProblems;
	}

	public String body() {
		return body;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

}
