package uk.police.spo.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarConfiguration.CalendarProperties.class)
class CalendarConfiguration {

	/** The application starts only with a calendar that holds this year and the next, in UK time. */
	@Bean
	WorkingDays workingDays(CalendarProperties calendar, Clock clock) {
		int thisYear = LocalDate.now(clock.withZone(UkDates.ZONE)).getYear();
		return new WorkingDays(calendar.bankHolidays() == null ? List.of() : calendar.bankHolidays())
			.requireYears(thisYear, thisYear + 1);
	}

	/** @param bankHolidays England and Wales bank holidays (substitute days included), as dates */
	@ConfigurationProperties("spo.calendar")
	record CalendarProperties(List<LocalDate> bankHolidays) {
	}

}
