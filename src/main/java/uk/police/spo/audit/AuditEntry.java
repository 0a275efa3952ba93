package uk.police.spo.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the audit log. Holds the names of the personal-data fields touched, never their values. Immutable, and
 * the application has no way to change or remove one once it is written (see V5__audit_log.sql).
 *
 * @param fields the field names in the order they were given, e.g. {@code victim.name}, {@code suspect.address}
 * @param previousHash the {@link #entryHash} of the entry before (sequence - 1), or {@link AuditHash#GENESIS}
 * @param entryHash {@link AuditHash#of(AuditEntry)}: SHA-256 over every other field of this entry
 */
public record AuditEntry(String id, long sequence, Instant occurredAt, String actor, AuditAction action,
		String caseReference, List<String> fields, String purpose, String previousHash, String entryHash) {

	/** Field names are stored comma-separated in one column. */
	static final String FIELD_SEPARATOR = ",";

	public AuditEntry {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(actor, "actor");
		// action may be null only when read from a row whose action no code writes (a hand-edited row): its hash
		// then no longer matches, and verification reports it.
		fields = List.copyOf(fields);
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(previousHash, "previousHash");
	}

	/** The stored form of {@link #fields}: {@code victim.name,victim.phone}; empty when no field was named. */
	public String fieldNames() {
		return String.join(FIELD_SEPARATOR, fields);
	}

	static List<String> parseFieldNames(String stored) {
		return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(FIELD_SEPARATOR, -1));
	}

	/** This entry with its hash computed, as it is written. */
	AuditEntry sealed() {
		return new AuditEntry(id, sequence, occurredAt, actor, action, caseReference, fields, purpose, previousHash,
				AuditHash.of(this));
	}

}
