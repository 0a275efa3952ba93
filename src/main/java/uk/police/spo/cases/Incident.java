package uk.police.spo.cases;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One reported incident of the course of conduct. */
@Entity
@Table(name = "case_incident")
public class Incident {

	@Id
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private UUID id;

	@Column(nullable = false)
	private int position;

	@Column(name = "occurred_on")
	private LocalDate occurredOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Behaviour behaviour;

	private String location;

	private String description;

	protected Incident() {
	}

	public Incident(LocalDate occurredOn, Behaviour behaviour, String location, String description) {
		this.id = UUID.randomUUID();
		this.occurredOn = occurredOn;
		this.behaviour = behaviour;
		this.location = location;
		this.description = description;
	}

	void placeAt(int position) {
		this.position = position;
	}

	public LocalDate occurredOn() {
		return occurredOn;
	}

	public Behaviour behaviour() {
		return behaviour;
	}

	public String location() {
		return location;
	}

	public String description() {
		return description;
	}

}
