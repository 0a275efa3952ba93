package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

class ApiProblemsTests {

	@Test
	void noDatabaseConnectionIsA503WithRetryAfterThatSaysNothingWasDone() {
		ResponseEntity<Object> answer = new ApiProblems()
			.noConnection(new CannotCreateTransactionException("Connection is not available, request timed out"));

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(((ProblemDetail) answer.getBody()).getDetail()).contains("did nothing with this request")
			.doesNotContain("Connection is not available");
	}

	/**
	 * Seen in the lifecycle benchmark: a court outcome posted to the case message API while the case's asynchronous
	 * document step committed a change to the same case answered 500.
	 */
	@Test
	void aCaseChangedByAnotherTransactionIsA409ThatSaysNothingWasSaved() {
		ResponseEntity<Object> jpa = new ApiProblems().databaseUnavailable(new ObjectOptimisticLockingFailureException(
				"uk.police.spo.cases.CaseFile", UUID.randomUUID()));
		ResponseEntity<Object> engine = new ApiProblems().databaseUnavailable(new ProcessEngineException("correlate",
				new OptimisticLockingException("ENGINE-03005 Execution of 'DELETE MessageEntity' failed")));
		// MariaDB chose the request as a deadlock's victim; it surfaced unwrapped from the engine's command context
		ResponseEntity<Object> deadlock = new ApiProblems().databaseUnavailable(new OptimisticLockException(
				new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213)));

		for (ResponseEntity<Object> answer : List.of(jpa, engine, deadlock)) {
			assertThat(answer.getStatusCode().value()).isEqualTo(409);
			assertThat(((ProblemDetail) answer.getBody()).getDetail()).contains("nothing was saved")
				.doesNotContain("CaseFile", "ENGINE-03005");
		}
	}

	@Test
	void anyOtherDataErrorIsLeftAsItWas() {
		DataIntegrityViolationException duplicate = new DataIntegrityViolationException("duplicate");

		assertThatThrownBy(() -> new ApiProblems().databaseUnavailable(duplicate)).isSameAs(duplicate);
	}

}
