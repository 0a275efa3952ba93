package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

}
