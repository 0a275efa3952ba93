package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** A transaction that lost a race is run again before anyone hears of it; anything else is not. */
class ConcurrentChangeRetryTests {

	private final AtomicInteger tries = new AtomicInteger();

	@Test
	void aLostRaceIsRunAgainAndItsSecondAnswerReturned() {
		String answer = ConcurrentChange.retried(() -> {
			if (tries.incrementAndGet() == 1) {
				throw new RuntimeException("wrapped", new OptimisticLockingException("the case changed"));
			}
			return "delivered";
		});

		assertThat(answer).isEqualTo("delivered");
		assertThat(tries).hasValue(2);
	}

	@Test
	void theThirdLossIsThrownForA409() {
		assertThatThrownBy(() -> ConcurrentChange.retried(() -> {
			tries.incrementAndGet();
			throw new OptimisticLockingException("the case changed again");
		})).isInstanceOf(OptimisticLockingException.class);
		assertThat(tries).hasValue(ConcurrentChange.ATTEMPTS);
	}

	@Test
	void anyOtherFailureIsNotTriedAgain() {
		assertThatThrownBy(() -> ConcurrentChange.retried(() -> {
			tries.incrementAndGet();
			throw new DataIntegrityViolationException("the same message id, stored first by another request");
		})).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(tries).hasValue(1);
	}

}
