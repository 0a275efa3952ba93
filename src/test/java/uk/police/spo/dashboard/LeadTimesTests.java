package uk.police.spo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Median and 90th percentile (nearest rank) over all cases and per week of report. */
class LeadTimesTests {

	static final LocalDate WEEK_1 = LocalDate.of(2026, 11, 23);

	static final LocalDate WEEK_2 = LocalDate.of(2026, 11, 30);

	@Test
	void medianAndNinetiethPercentileOverAllAndPerWeek() {
		List<LeadTimes.Sample> samples = IntStream.rangeClosed(1, 10)
			.mapToObj(i -> new LeadTimes.Sample(i <= 4 ? WEEK_1 : WEEK_2, Duration.ofMinutes(i * 10L)))
			.toList();

		LeadTimes times = LeadTimes.of("triaged", List.of(WEEK_1, WEEK_2), samples);

		assertThat(times.cases()).isEqualTo(10);
		assertThat(times.medianMinutes()).isEqualTo(50);
		assertThat(times.p90Minutes()).isEqualTo(90);
		assertThat(times.weeks()).containsExactly(new LeadTimes.Week(WEEK_1, 4, 20L, 40L),
				new LeadTimes.Week(WEEK_2, 6, 70L, 100L));
	}

	@Test
	void aWeekWithoutCasesHasNoFigures() {
		LeadTimes times = LeadTimes.of("applied", List.of(WEEK_1),
				List.of(new LeadTimes.Sample(LocalDate.of(2020, 1, 6), Duration.ofHours(5))));

		assertThat(times.cases()).isZero();
		assertThat(times.medianMinutes()).isNull();
		assertThat(times.weeks()).containsExactly(new LeadTimes.Week(WEEK_1, 0, null, null));
	}

}
