package uk.police.spo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.police.spo.support.MySqlCompatibleTest;

/** Failed logins lock an account for a while, growing with each failure, and never for good. */
class LoginLockoutTests extends MySqlCompatibleTest {

	static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

	@Autowired
	IdentityService identity;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void eachFailedLoginLocksTheAccountLongerAndTheLockEnds() {
		String userId = newUser();
		ClockUtil.setCurrentTime(Date.from(NOW));
		Instant clock = NOW;
		long[] locks = { 3, 6, 12, 24, 48, 96, 192, 384, 768, 900, 900 };
		for (long seconds : locks) {
			assertThat(identity.checkPassword(userId, "wrong")).isFalse();
			// locked: even the right password is refused until the lock ends (whole seconds: the server keeps no fraction)
			clock = clock.plus(Duration.ofSeconds(seconds - 1));
			ClockUtil.setCurrentTime(Date.from(clock));
			assertThat(identity.checkPassword(userId, "right-password")).as("locked after a failure").isFalse();
			clock = clock.plusSeconds(1);
			ClockUtil.setCurrentTime(Date.from(clock));
		}
		assertThat(identity.checkPassword(userId, "right-password")).as("eleven failures later, the lock has ended")
			.isTrue();
	}

	private String newUser() {
		String id = "lock-" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(id);
		user.setPassword("right-password");
		identity.saveUser(user);
		return id;
	}

}
