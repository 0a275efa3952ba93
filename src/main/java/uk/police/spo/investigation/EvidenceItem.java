package uk.police.spo.investigation;

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
 * An item in a case's evidence log with the file that holds it. The file is stored under its id; the row keeps what
 * proves the file unchanged (size and SHA-256) and the type its content showed, not what the uploader claimed.
 */
@Entity
@Table(name = "evidence_item")
class EvidenceItem {

	static final int MAX_DESCRIPTION = 2000;

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EvidenceKind kind;

	@Column(nullable = false)
	private String description;

	@Column(name = "file_label", nullable = false)
	private String fileLabel;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected EvidenceItem() {
	}

	EvidenceItem(UUID id, UUID caseId, EvidenceKind kind, String description, EvidenceType type, long sizeBytes,
			String sha256, String recordedBy, Instant recordedAt) {
		this.id = id;
		this.caseId = caseId;
		this.kind = kind;
		this.description = description;
		this.fileLabel = "EV-" + id.toString().substring(0, 8).toUpperCase() + "." + type.extension();
		this.contentType = type.mediaType();
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public EvidenceKind kind() {
		return kind;
	}

	public String description() {
		return description;
	}

	public String fileLabel() {
		return fileLabel;
	}

	public String contentType() {
		return contentType;
	}

	public long sizeBytes() {
		return sizeBytes;
	}

	public String sha256() {
		return sha256;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

}
