package uk.police.spo.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long cases took from the report to a milestone (triage completed, SPO application lodged): median and 90th
 * percentile over the cases reported in the last weeks, and per week of report. Minutes, rounded down. Kept as
 * minutes in primitive arrays: an administrator's figure holds one per case reported in 12 weeks (100,000 at scale).
 */
record LeadTimes(String figure, long cases, Long medianMinutes, Long p90Minutes, List<Week> weeks) {

	record Week(LocalDate monday, long cases, Long medianMinutes, Long p90Minutes) {
	}

	record Sample(LocalDate monday, Duration took) {
	}

	static LeadTimes of(String figure, List<LocalDate> mondays, List<Sample> samples) {
		Minutes minutes = new Minutes(mondays.size());
		for (Sample sample : samples) {
			int week = mondays.indexOf(sample.monday());
			if (week >= 0) {
				minutes.add(week, sample.took().toMinutes());
			}
		}
		return minutes.leadTimes(figure, mondays);
	}

	/** Nearest-rank percentile of values sorted ascending; null when there is nothing to measure. */
	static Long percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return null;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(rank, 1) - 1];
	}

	/** Lead times in minutes, gathered per week (by the week's position among the Mondays). */
	static final class Minutes {

		private final long[][] values;

		private final int[] sizes;

		Minutes(int weeks) {
			values = new long[weeks][16];
			sizes = new int[weeks];
		}

		void add(int week, long minutes) {
			if (sizes[week] == values[week].length) {
				values[week] = Arrays.copyOf(values[week], values[week].length * 2);
			}
			values[week][sizes[week]++] = minutes;
		}

		LeadTimes leadTimes(String figure, List<LocalDate> mondays) {
			List<Week> weeks = new ArrayList<>();
			long[] all = new long[Arrays.stream(sizes).sum()];
			int at = 0;
			for (int w = 0; w < sizes.length; w++) {
				long[] week = Arrays.copyOf(values[w], sizes[w]);
				Arrays.sort(week);
				weeks.add(new Week(mondays.get(w), week.length, percentile(week, 50), percentile(week, 90)));
				System.arraycopy(week, 0, all, at, week.length);
				at += week.length;
			}
			Arrays.sort(all);
			return new LeadTimes(figure, all.length, percentile(all, 50), percentile(all, 90), weeks);
		}

	}

}
