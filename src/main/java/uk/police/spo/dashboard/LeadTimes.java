package uk.police.spo.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long cases took from the report to a milestone (triage completed, SPO application lodged): median and 90th
 * percentile over the cases reported in the last weeks, and per week of report. Minutes, rounded down.
 */
record LeadTimes(String figure, long cases, Long medianMinutes, Long p90Minutes, List<Week> weeks) {

	record Week(LocalDate monday, long cases, Long medianMinutes, Long p90Minutes) {
	}

	record Sample(LocalDate monday, Duration took) {
	}

	static LeadTimes of(String figure, List<LocalDate> mondays, List<Sample> samples) {
		Map<LocalDate, List<Duration>> byWeek = new TreeMap<>();
		mondays.forEach(m -> byWeek.put(m, new ArrayList<>()));
		List<Duration> all = new ArrayList<>();
		for (Sample sample : samples) {
			List<Duration> week = byWeek.get(sample.monday());
			if (week != null) {
				week.add(sample.took());
				all.add(sample.took());
			}
		}
		List<Week> weeks = byWeek.entrySet()
			.stream()
			.map(e -> new Week(e.getKey(), e.getValue().size(), percentile(e.getValue(), 50), percentile(e.getValue(), 90)))
			.toList();
		return new LeadTimes(figure, all.size(), percentile(all, 50), percentile(all, 90), weeks);
	}

	/** Nearest-rank percentile; null when there is nothing to measure. */
	static Long percentile(List<Duration> values, int percent) {
		if (values.isEmpty()) {
			return null;
		}
		List<Duration> sorted = values.stream().sorted().toList();
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1).toMinutes();
	}

}
