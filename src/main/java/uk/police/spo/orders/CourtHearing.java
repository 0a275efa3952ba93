package uk.police.spo.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One hearing of the application: listed for a day, then given the court's outcome. */
@Entity
@Table(name = "spo_hearing")
class CourtHearing {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private HearingKind kind;

	@Column(name = "hearing_on", nullable = false)
	private LocalDate hearingOn;

	@Enumerated(EnumType.STRING)
	private CourtOutcome outcome;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected CourtHearing() {
	}

	CourtHearing(int position, HearingKind kind, LocalDate hearingOn, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.position = position;
		this.kind = kind;
		this.hearingOn = hearingOn;
		this.recordedAt = recordedAt;
	}

	void decided(CourtOutcome outcome, Instant at) {
		this.outcome = outcome;
		this.recordedAt = at;
	}

	public int position() {
		return position;
	}

	public HearingKind kind() {
		return kind;
	}

	public LocalDate hearingOn() {
		return hearingOn;
	}

	public Optional<CourtOutcome> outcome() {
		return Optional.ofNullable(outcome);
	}

}
