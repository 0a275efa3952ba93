package uk.police.spo.retention;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.cases.CaseStatus;

/** Reads cases for retention with plain SQL, so that a purge never holds a managed (and flushable) case entity. */
@Repository
class RetentionCases {

	private static final String COLUMNS = "select id, reference, status, closed_at, retention_review_on, unit_code "
			+ "from case_file ";

	private final JdbcTemplate jdbc;

	RetentionCases(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The case, its row locked until the transaction ends: requests and approvals of one case take turns. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<RetentionCase> lock(String reference) {
		return jdbc.query(COLUMNS + "where reference = ? for update", RetentionCases::retentionCase, reference)
			.stream()
			.findFirst();
	}

	/** The case as it stands, read without a lock (for checks ahead of a request). */
	Optional<RetentionCase> find(String reference) {
		return jdbc.query(COLUMNS + "where reference = ?", RetentionCases::retentionCase, reference).stream().findFirst();
	}

	List<RetentionCase> dueOn(LocalDate today) {
		return jdbc.query(COLUMNS + "where status = ? and retention_review_on <= ? order by retention_review_on, reference",
				RetentionCases::retentionCase, CaseStatus.CLOSED.name(), Date.valueOf(today));
	}

	/** The roles (victim, reporter, suspect) of the people recorded in a case, for the audit of its erasure. */
	List<String> roles(UUID caseId) {
		return jdbc.queryForList("select distinct role from case_person where case_id = ? order by role", String.class,
				caseId.toString());
	}

	private static RetentionCase retentionCase(ResultSet rs, int row) throws SQLException {
		Timestamp closedAt = rs.getTimestamp("closed_at");
		Date reviewOn = rs.getDate("retention_review_on");
		return new RetentionCase(UUID.fromString(rs.getString("id")), rs.getString("reference"),
				CaseStatus.valueOf(rs.getString("status")), closedAt == null ? null : closedAt.toInstant(),
				reviewOn == null ? null : reviewOn.toLocalDate(), rs.getString("unit_code"));
	}

}
