package uk.police.spo.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latencies of one measurement, as recorded, and their percentiles by the nearest-rank method over the sorted
 * values (every sample kept: runs here have at most some hundred thousand).
 */
final class Latencies {

	private long[] nanos = new long[1024];

	private int count;

	synchronized void add(long latencyNanos) {
		if (count == nanos.length) {
			nanos = Arrays.copyOf(nanos, count * 2);
		}
		nanos[count++] = latencyNanos;
	}

	synchronized void addAll(Latencies other) {
		for (int i = 0; i < other.count; i++) {
			add(other.nanos[i]);
		}
	}

	synchronized int count() {
		return count;
	}

	/** The p-th percentile (0 < p <= 100) in milliseconds; NaN when nothing was recorded. */
	synchronized double percentileMillis(double p) {
		if (count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * count);
		return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1e6;
	}

	/** Count, p50, p95, p99 and max in milliseconds, for the results file. */
	Map<String, Object> summary() {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("samples", count());
		summary.put("p50Ms", round(percentileMillis(50)));
		summary.put("p95Ms", round(percentileMillis(95)));
		summary.put("p99Ms", round(percentileMillis(99)));
		summary.put("maxMs", round(percentileMillis(100)));
		return summary;
	}

	/** To one decimal; null (not NaN, which JSON has not) when there is no figure. */
	static Double round(double value) {
		return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 10) / 10.0;
	}

}
