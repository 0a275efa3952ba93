package uk.police.spo.cases;

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

/** A note an officer wrote in a task form, kept with the case; its text may name people, so it is encrypted. */
@Entity
@Table(name = "case_note")
public class CaseNote {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "case_id", nullable = false)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID caseId;

	@Column(name = "task_key", nullable = false)
	private String taskKey;

	@Column(nullable = false)
	private String field;

	@Convert(converter = EncryptedStringConverter.class)
	@Column(nullable = false)
	private String body;

	@Column(name = "written_by", nullable = false)
	private String writtenBy;

	@Column(name = "written_at", nullable = false)
	private Instant writtenAt;

	protected CaseNote() {
	}

	CaseNote(UUID caseId, String taskKey, String field, String body, String writtenBy, Instant writtenAt) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.taskKey = taskKey;
		this.field = field;
		this.body = body;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
	}

	public String taskKey() {
		return taskKey;
	}

	public String field() {
		return field;
	}

	public String body() {
		return body;
	}

	public String writtenBy() {
		return writtenBy;
	}

	public Instant writtenAt() {
		return writtenAt;
	}

}
