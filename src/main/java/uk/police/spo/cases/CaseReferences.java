package uk.police.spo.cases;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case references {@code SH-<year>-<6 digits>}, counting from 1 each year.
 * <p>
 * The counter row is locked by the UPDATE only for a short transaction of its own, so concurrent reports on several
 * nodes never share a number and never wait for each other's whole report; a report that later fails leaves a gap,
 * which is harmless. That transaction runs on a small pool of its own: taken from the application's pool while the
 * report's transaction holds a connection, it would need two connections per request, and once every connection
 * was held by a report waiting for a second one the pool would lock up.
 */
@Service
public class CaseReferences implements DisposableBean {

	private final HikariDataSource pool;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CaseReferences(DataSource application, Clock clock,
			@Value("${spo.case-references.pool-size:2}") int poolSize) throws SQLException {
		this.pool = new HikariDataSource(counterPool(application, poolSize));
		this.jdbc = new JdbcTemplate(pool);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
		this.clock = clock;
	}

	private static HikariConfig counterPool(DataSource application, int poolSize) throws SQLException {
		HikariConfig config = new HikariConfig();
		application.unwrap(HikariDataSource.class).copyStateTo(config);
		config.setPoolName("case-references");
		config.setMaximumPoolSize(poolSize);
		config.setMinimumIdle(0);
		return config;
	}

	public String next() {
		int year = Year.now(clock).getValue();
		return format(year, transaction.execute(status -> increment(year)));
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

	@Override
	public void destroy() {
		pool.close();
	}

}
