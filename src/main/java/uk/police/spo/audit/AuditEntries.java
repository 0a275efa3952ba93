package uk.police.spo.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The audit tables through plain SQL: the chain depends on every column reading back exactly as it was hashed, and
 * on one explicit locking statement, both of which SQL states more plainly than a mapping would. There is
 * deliberately no statement here that updates or deletes an audit entry.
 */
@Repository
class AuditEntries {

	/** The end of the chain: the last sequence number handed out and its entry's hash. */
	record Head(long sequence, String hash) {
	}

	/**
	 * What the search may filter on; null means "any". {@code before} is exclusive. {@code units}: only entries of
	 * cases of these units.
	 */
	record Filter(String caseReference, String actor, Instant from, Instant before, List<String> units) {
	}

	private static final String COLUMNS = "id, seq_no, occurred_at, actor, action, case_reference, field_names, "
			+ "purpose, previous_hash, entry_hash";

	private static final RowMapper<AuditEntry> ENTRY = AuditEntries::entry;

	private static final RowMapper<Head> HEAD = (rs, row) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"));

	private final JdbcTemplate jdbc;

	AuditEntries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the chain head until the current transaction ends and returns it. Every append takes this one row lock
	 * first, so appends from all threads and all nodes sharing the database are serialised by the database itself;
	 * a locking read sees the latest committed head, never a stale snapshot, at any isolation level.
	 */
	Head lockHead() {
		return jdbc.query("select last_seq, last_hash from audit_chain_head where id = 1 for update", HEAD)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The audit chain head row is missing (V5__audit_log.sql)"));
	}

	/** The head as last committed, without a lock (verification, which must not hold appends up). */
	Optional<Head> head() {
		return jdbc.query("select last_seq, last_hash from audit_chain_head where id = 1", HEAD)
			.stream()
			.findFirst();
	}

	/** Appends a sealed entry and moves the head to it. The caller holds the head's lock ({@link #lockHead()}). */
	void append(AuditEntry entry) {
		jdbc.update("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entry.id(),
				entry.sequence(), LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC), entry.actor(),
				entry.action().name(), entry.caseReference(), entry.fieldNames(), entry.purpose(), entry.previousHash(),
				entry.entryHash());
		int moved = jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1 and last_seq = ?",
				entry.sequence(), entry.entryHash(), entry.sequence() - 1);
		if (moved != 1) {
			throw new IllegalStateException("The audit chain head moved while locked");
		}
	}

	/** Up to {@code limit} entries after {@code afterSequence} and not beyond {@code upToSequence}, in order. */
	List<AuditEntry> chainPage(long afterSequence, long upToSequence, int limit) {
		return jdbc.query("select " + COLUMNS + " from audit_entry where seq_no > ? and seq_no <= ? order by seq_no"
				+ " limit ?", ENTRY, afterSequence, upToSequence, limit);
	}

	/** Entries matching the filter, newest first. */
	List<AuditEntry> search(Filter filter, long offset, int limit) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args);
		args.add(limit);
		args.add(offset);
		return jdbc.query("select " + COLUMNS + " from audit_entry" + where + " order by seq_no desc limit ? offset ?",
				ENTRY, args.toArray());
	}

	long count(Filter filter) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args);
		return jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
	}

	private static String where(Filter filter, List<Object> args) {
		List<String> conditions = new ArrayList<>();
		if (filter.caseReference() != null) {
			conditions.add("case_reference = ?");
			args.add(filter.caseReference());
		}
		if (filter.actor() != null) {
			conditions.add("actor = ?");
			args.add(filter.actor());
		}
		if (filter.from() != null) {
			conditions.add("occurred_at >= ?");
			args.add(LocalDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
		}
		if (filter.before() != null) {
			conditions.add("occurred_at < ?");
			args.add(LocalDateTime.ofInstant(filter.before(), ZoneOffset.UTC));
		}
		if (filter.units() != null) {
			// the one place the audit log looks at cases: a reader of one unit sees that unit's cases' entries
			conditions.add(filter.units().isEmpty() ? "1 = 0"
					: "case_reference in (select reference from case_file where unit_code in ("
							+ String.join(", ", Collections.nCopies(filter.units().size(), "?")) + "))");
			args.addAll(filter.units());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getString("id"), rs.getLong("seq_no"),
				rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("actor"),
				action(rs.getString("action")), rs.getString("case_reference"),
				AuditEntry.parseFieldNames(rs.getString("field_names")), rs.getString("purpose"),
				rs.getString("previous_hash"), rs.getString("entry_hash"));
	}

	private static AuditAction action(String stored) {
		try {
			return AuditAction.valueOf(stored);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			// an action no code writes: a hand-edited row; keep reading so that verification reports its sequence
			return null;
		}
	}

}
