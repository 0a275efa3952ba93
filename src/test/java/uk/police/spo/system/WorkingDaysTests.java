package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

/** Working days skip weekends and the configured bank holidays; the application needs this year's and next year's. */
class WorkingDaysTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(CalendarConfiguration.class)
		.withBean(Clock.class, () -> Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC));

	@Test
	void christmasAndTheBoxingDaySubstituteAreNotWorkingDays() {
		WorkingDays days = configured();

		// Thursday 24 December 2026: Friday is Christmas Day, Monday 28th the Boxing Day substitute
		assertThat(days.after(LocalDateTime.of(2026, 12, 24, 16, 0).atZone(LONDON), 1))
			.isEqualTo(LocalDateTime.of(2026, 12, 29, 16, 0).atZone(LONDON));
		assertThat(days.after(LocalDateTime.of(2026, 12, 24, 16, 0).atZone(LONDON), 5))
			.isEqualTo(LocalDateTime.of(2027, 1, 5, 16, 0).atZone(LONDON));
		assertThat(days.isWorkingDay(LocalDate.of(2027, 3, 26))).as("Good Friday 2027").isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2027, 3, 30))).isTrue();
	}

	@Test
	void aWeekWithoutHolidaysCountsMondayToFriday() {
		assertThat(new WorkingDays(java.util.List.of()).after(LocalDateTime.of(2026, 3, 6, 10, 0).atZone(LONDON), 1))
			.as("Friday + 1").isEqualTo(LocalDateTime.of(2026, 3, 9, 10, 0).atZone(LONDON));
	}

	@Test
	void theApplicationDoesNotStartWithoutNextYearsBankHolidays() {
		context.withPropertyValues("spo.calendar.bank-holidays=2026-01-01,2026-12-25").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.hasMessageContaining("spo.calendar.bank-holidays holds no bank holiday in 2027");
		});
	}

	/** The calendar as application.yml configures it, bound as the application binds it. */
	private WorkingDays configured() {
		WorkingDays[] bound = new WorkingDays[1];
		context.withInitializer(application -> {
			try {
				new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
					.forEach(source -> application.getEnvironment().getPropertySources().addLast(source));
				ConfigurationPropertySources.attach(application.getEnvironment());
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}).run(started -> {
			assertThat(started).hasNotFailed();
			bound[0] = started.getBean(WorkingDays.class);
		});
		return bound[0];
	}

}
