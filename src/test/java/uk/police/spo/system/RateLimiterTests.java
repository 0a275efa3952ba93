package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class RateLimiterTests {

	MutableClock clock = new MutableClock();

	RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(3), 2, clock);

	@Test
	void allowsTheCapacityThenRefusesUntilATokenIsRefilled() {
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isTrue();
		assertThat(limiter.tryAcquire("a")).isFalse();
		assertThat(limiter.secondsUntilNext("a")).isEqualTo(60);

		clock.advance(Duration.ofSeconds(59));
		assertThat(limiter.tryAcquire("a")).isFalse();
		clock.advance(Duration.ofSeconds(2));
		assertThat(limiter.tryAcquire("a")).isTrue();
	}

	@Test
	void eachClientHasItsOwnAllowance() {
		for (int i = 0; i < 3; i++) {
			limiter.tryAcquire("a");
		}
		assertThat(limiter.tryAcquire("a")).isFalse();
		assertThat(limiter.tryAcquire("b")).isTrue();
	}

	@Test
	void forgetsTheLeastRecentClientBeyondItsMemory() {
		for (int i = 0; i < 3; i++) {
			limiter.tryAcquire("a");
		}
		limiter.tryAcquire("b");
		limiter.tryAcquire("c");

		assertThat(limiter.tryAcquire("a")).as("forgotten, so full again").isTrue();
	}

	static class MutableClock extends Clock {

		Instant now = Instant.parse("2026-11-23T10:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
