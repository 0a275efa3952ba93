package uk.police.spo.orders;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A prohibition or requirement the force asks the court for, with why it is necessary. */
@Entity
@Table(name = "spo_draft_term")
public class DraftTerm {

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

	protected DraftTerm() {
	}

	DraftTerm(int position, Wording term) {
		this.id = UUID.randomUUID();
		this.position = position;
		this.kind = term.kind();
		this.wording = term.wording();
		this.necessity = term.necessity();
	}

	public int position() {
		return position;
	}

	public Wording term() {
		return new Wording(kind, wording, necessity);
	}

	/** A term as an officer drafts it; every term must say why it is necessary. */
	public record Wording(TermKind kind, String wording, String necessity) {

		public Wording {
			if (kind == null || wording == null || wording.isBlank() || necessity == null || necessity.isBlank()) {
				throw new IllegalArgumentException("A term needs its kind, its wording and why it is necessary");
			}
		}

	}

}
