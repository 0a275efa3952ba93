package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What the fault suite's database outage met (DatabaseOutageFaults): failures to reach the database in every wrapping
 * seen there are told from other errors, and engine REST answers them 503 with Retry-After; a task changed
 * concurrently (seen with two nodes, TwoNodeFaults) answers 409.
 */
class DatabaseUnavailableTests {

	@Test
	void connectionFailuresInEveryWrappingSeenAreRecognised() {
		// Hikari's wait for a connection, as Spring's transaction manager reports it
		assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
		// a rollback on a connection the server closed: Hibernate through Spring, SQLSTATE 08003
		assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new RuntimeException("Unable to rollback",
				new SQLException("Connection is closed", "08003"))))).isTrue();
		// the same without a SQLSTATE, as seen during the one-minute outage
		assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new org.hibernate.TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
		// Camunda's persistence layer over the driver's refused connection
		assertThat(DatabaseUnavailable.isCause(new ProcessEngineException("persistence",
				new RuntimeException(new ConnectException("Connection refused"))))).isTrue();
	}

	@Test
	void otherDataErrorsAreNot() {
		assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate",
				new SQLException("Duplicate entry", "23000")))).isFalse();
		assertThat(DatabaseUnavailable.isCause(new ProcessEngineException("no such task"))).isFalse();
	}

	@Test
	void engineRestAnswers503WithRetryAfterAnd409ForAConcurrentChange() {
		Response unavailable = EngineRestProblems.answer(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
				new ProcessEngineException("persistence", new SQLException("Communications link failure", "08S01")),
				"Cannot submit task form"));
		assertThat(unavailable.getStatus()).isEqualTo(503);
		assertThat(unavailable.getHeaderString("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER_SECONDS);

		Response conflict = EngineRestProblems.answer(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
				new OptimisticLockingException("ENGINE-03005 Entity was updated by another transaction concurrently."),
				"Cannot submit task form"));
		assertThat(conflict.getStatus()).isEqualTo(409);
		assertThat(conflict.getEntity().toString()).contains("Reload it and try again");

		// a case changed by another node's job while a task was submitted: JPA's exception from the commit's flush
		Response caseChanged = new EngineRestProblems.JpaMapper().toResponse(new OptimisticLockException(
				"Row was updated or deleted by another transaction"));
		assertThat(caseChanged.getStatus()).isEqualTo(409);
		assertThat(new EngineRestProblems.JpaMapper().toResponse(new PersistenceException("other"))
			.getStatus()).isEqualTo(500);

		Response other = EngineRestProblems.answer(new RestException(Response.Status.BAD_REQUEST, "bad variable"));
		assertThat(other.getStatus()).isEqualTo(400);
	}

}
