package uk.police.spo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a change notification and a notification found false may carry. */
class MonitoringMessageRulesTests {

	final MonitoringMessageRules rules = new MonitoringMessageRules(
			Clock.fixed(Instant.parse("2026-06-12T12:00:00Z"), ZoneOffset.UTC));

	@Test
	void aChangeCarriesTheDayOfTheChangeNotAfterTheDayItWasNotified() {
		assertThat(rules.problems("ChangeNotificationReceived",
				Map.of("changedOn", "2026-06-10", "notifiedAt", "2026-06-12T09:00:00+01:00"))).isEmpty();
		// 23:30 UTC on 11 June is 00:30 on 12 June in UK summer time: the change that day is not after it
		assertThat(rules.problems("ChangeNotificationReceived",
				Map.of("changedOn", "2026-06-12", "notifiedAt", "2026-06-11T23:30:00Z"))).isEmpty();
		assertThat(rules.problems("ChangeNotificationReceived",
				Map.of("changedOn", "2026-06-12", "notifiedAt", "2026-06-11T22:30:00Z")))
			.containsExactly("changedOn: cannot be after the day the change was notified");
	}

	@Test
	void aChangeWithoutItsDayOrWithBadTimesIsRefusedFieldByField() {
		assertThat(rules.problems("ChangeNotificationReceived", Map.of("notifiedAt", "2026-06-12T09:00:00Z")))
			.containsExactly("changedOn: the day of the change, such as 2026-05-01");
		assertThat(rules.problems("ChangeNotificationReceived",
				Map.of("changedOn", "2026-02-30", "notifiedAt", "2026-06-12T09:00:00Z")))
			.containsExactly("changedOn: the day of the change, such as 2026-05-01");
		assertThat(rules.problems("ChangeNotificationReceived", Map.of("changedOn", "2026-06-10", "notifiedAt", "soon")))
			.containsExactly("notifiedAt: a date and time with its offset, such as 2026-05-01T10:15:00+01:00");
		assertThat(rules.problems("ChangeNotificationReceived",
				Map.of("changedOn", "2026-06-10", "notifiedAt", "2026-06-13T09:00:00Z")))
			.containsExactly("notifiedAt: cannot be in the future");
		assertThat(rules.problems("ChangeNotificationReceived", Map.of("changedOn", "2026-06-10", "notifiedAt",
				"2026-06-12T09:00:00Z", "newAddress", "1 Any Street")))
			.containsExactly("newAddress: not accepted with ChangeNotificationReceived");
	}

	@Test
	void aNotificationFoundFalseCarriesAtMostTheDayItWasMadeNotInTheFuture() {
		assertThat(rules.problems("NotificationFoundFalse", Map.of())).isEmpty();
		assertThat(rules.problems("NotificationFoundFalse", Map.of("notificationMadeOn", "2026-06-12"))).isEmpty();
		assertThat(rules.problems("NotificationFoundFalse", Map.of("notificationMadeOn", "2026-06-13")))
			.containsExactly("notificationMadeOn: cannot be in the future");
		assertThat(rules.problems("NotificationFoundFalse", Map.of("notificationMadeOn", "12/06/2026")))
			.containsExactly("notificationMadeOn: the day the notification was made, such as 2026-05-01");
		assertThat(rules.problems("NotificationFoundFalse", Map.of("notifiedAt", "2026-06-12T09:00:00Z")))
			.containsExactly("notifiedAt: not accepted with NotificationFoundFalse");
	}

}
