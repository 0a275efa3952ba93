package uk.police.spo.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something that happened to a case, in words a supervisor can read. Never holds personal data. */
@Entity
@Table(name = "case_timeline_entry")
public class TimelineEntry {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String kind;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String actor;

	protected TimelineEntry() {
	}

	public TimelineEntry(Instant occurredAt, String kind, String summary, String actor) {
		this.id = UUID.randomUUID();
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.summary = summary;
		this.actor = actor;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public String kind() {
		return kind;
	}

	public String summary() {
		return summary;
	}

	public String actor() {
		return actor;
	}

}
