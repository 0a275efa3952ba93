package uk.police.spo.orders;

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

/** One prohibition or requirement of an order, with why it is necessary (each term must itself be necessary). */
@Entity
@Table(name = "order_term")
public class OrderTerm {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TermKind kind;

	@Column(nullable = false)
	private String wording;

	@Column(nullable = false)
	private String necessity;

	@Column(name = "superseded_on")
	private LocalDate supersededOn;

	protected OrderTerm() {
	}

	public OrderTerm(int position, TermKind kind, String wording, String necessity) {
		if (wording == null || wording.isBlank() || necessity == null || necessity.isBlank()) {
			throw new IllegalArgumentException("A term needs its wording and why it is necessary");
		}
		this.id = UUID.randomUUID();
		this.position = position;
		this.kind = kind;
		this.wording = wording;
		this.necessity = necessity;
	}

	public int position() {
		return position;
	}

	public TermKind kind() {
		return kind;
	}

	public String wording() {
		return wording;
	}

	public String necessity() {
		return necessity;
	}

	/** The day a variation replaced this term; empty while it applies. */
	public Optional<LocalDate> supersededOn() {
		return Optional.ofNullable(supersededOn);
	}

	boolean applies() {
		return supersededOn == null;
	}

	void supersede(LocalDate on) {
		this.supersededOn = on;
	}

}
