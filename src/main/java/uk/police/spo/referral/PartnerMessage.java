package uk.police.spo.referral;

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

/** One message a partner sent in, accepted or refused (refused ones carry the reason, for a supervisor). */
@Entity
@Table(name = "partner_message")
public class PartnerMessage {

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

	@Convert(converter = EncryptedStringConverter.class)
	private String body;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	protected PartnerMessage() {
	}

	PartnerMessage(String partner, PartnerInboundMessage message, UUID caseId, String body, String status,
			String reason, Instant receivedAt) {
		this.id = UUID.randomUUID();
		this.partner = partner;
		this.messageId = message.messageId();
		this.caseReference = message.caseReference();
		this.caseId = caseId;
		this.messageType = message.type();
		this.status = status;
		this.reason = reason;
		this.body = body;
		this.receivedAt = receivedAt;
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

	public String body() {
		return body;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

}
