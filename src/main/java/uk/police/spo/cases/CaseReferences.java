package uk.police.spo.cases;

import java.time.Clock;
import java.time.Year;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case references {@code SH-<year>-<6 digits>}, counting from 1 each year.
 * The counter row is locked by the UPDATE only for this short transaction of its own, so concurrent reports on
 * several nodes never share a number; a report that later fails leaves a gap, which is harmless.
 */
@Service
public class CaseReferences {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	CaseReferences(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public String next() {
		int year = Year.now(clock).getValue();
		return format(year, increment(year));
	}

	static String format(int year, int value) {
		if (value > 999_999) {
			throw new IllegalStateException("Case references for " + year + " are exhausted");
		}
		return "SH-%d-%06d".formatted(year, value);
	}

	private int increment(int year) {
		int updated = jdbc.update("update case_reference_counter set last_value = last_value + 1 where ref_year = ?", year);
		if (updated == 0) {
			try {
				jdbc.update("insert into case_reference_counter (ref_year, last_value) values (?, 1)", year);
				return 1;
			}
			catch (DuplicateKeyException anotherNodeWasFirst) {
				jdbc.update("update case_reference_counter set last_value = last_value + 1 where ref_year = ?", year);
			}
		}
		return jdbc.queryForObject("select last_value from case_reference_counter where ref_year = ?", Integer.class, year);
	}

}
