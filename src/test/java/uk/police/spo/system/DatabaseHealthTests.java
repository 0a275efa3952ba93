package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * The database check answers while the server hangs: the fault suite's frozen server (DatabaseOutageFaults) left
 * Spring Boot's own check without an answer for longer than a client's 20 s.
 */
class DatabaseHealthTests {

	/** Lets a hanging connection attempt go at the end of a test. */
	private final CountDownLatch thaw = new CountDownLatch(1);

	private DatabaseHealth health;

	@AfterEach
	void stopTheCheck() {
		thaw.countDown();
		if (health != null) {
			health.destroy();
		}
	}

	@Test
	void aServerThatAnswersIsUp() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:health");
		health = new DatabaseHealth(h2);

		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aServerThatRefusesIsDown() {
		health = new DatabaseHealth(dataSource(() -> {
			throw new SQLTransientConnectionException("Connection is not available");
		}, new AtomicInteger()));

		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void aServerThatHangsIsDownWithinTheBoundAndCallersShareTheHungCheck() {
		AtomicInteger attempts = new AtomicInteger();
		health = new DatabaseHealth(dataSource(() -> {
			thaw.await(60, TimeUnit.SECONDS);
			throw new SQLTransientConnectionException("timed out");
		}, attempts));

		long started = System.nanoTime();
		Health first = health.health();
		Health second = health.health();
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(first.getStatus()).isEqualTo(Status.DOWN);
		assertThat(first.getDetails()).containsEntry("reason", "no answer within 3 s");
		assertThat(second.getStatus()).isEqualTo(Status.DOWN);
		assertThat(took).isLessThan(DatabaseHealth.ANSWER_WITHIN.multipliedBy(2).plusSeconds(2));
		assertThat(attempts.get()).as("connection attempts while the first still hangs").isEqualTo(1);
	}

	private interface Connecting {

		Connection connect() throws Exception;

	}

	private static DataSource dataSource(Connecting connecting, AtomicInteger attempts) {
		return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					if (method.getName().equals("getConnection")) {
						attempts.incrementAndGet();
						return connecting.connect();
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

}
