package uk.police.spo.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.Metrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The job executor's work as counters for {@code /actuator/prometheus}, from the engine's own metrics (its public
 * metrics query): jobs run to success, jobs that failed (each failed attempt), and acquisition attempts, summed over
 * every node. The engine writes its counts to the database at its reporter's interval (15 minutes by default), so a
 * counter moves in steps of that length; the open incidents and failed jobs of {@link DashboardMeters} are current.
 */
@Component
class EngineJobMeters implements MeterBinder {

	/** Counter name to the engine's metric name. */
	static final Map<String, String> COUNTERS = Map.of(
			"successful", Metrics.JOB_SUCCESSFUL,
			"failed", Metrics.JOB_FAILED,
			"acquisition-attempts", Metrics.JOB_ACQUISITION_ATTEMPT);

	private static final Duration FRESH_FOR = DashboardMeters.FRESH_FOR;

	private final ManagementService management;

	private final Clock clock;

	private final Map<String, Reading> readings = new ConcurrentHashMap<>();

	EngineJobMeters(ManagementService management, Clock clock) {
		this.management = management;
		this.clock = clock;
	}

	private record Reading(Instant takenAt, long sum) {
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String outcome : List.of("successful", "failed")) {
			FunctionCounter.builder("spo.engine.jobs", this, meters -> meters.sum(COUNTERS.get(outcome)))
				.description("Jobs the engine ran, by outcome (written by the engine every reporter interval)")
				.tag("outcome", outcome)
				.register(registry);
		}
		FunctionCounter.builder("spo.engine.job.acquisitions", this,
				meters -> meters.sum(COUNTERS.get("acquisition-attempts")))
			.description("The job executor's acquisition attempts (written by the engine every reporter interval)")
			.register(registry);
	}

	double sum(String metric) {
		Instant now = clock.instant();
		Reading reading = readings.compute(metric, (name, last) -> last != null && !last.takenAt().plus(FRESH_FOR)
			.isBefore(now) ? last : new Reading(now, management.createMetricsQuery().name(name).sum()));
		return reading.sum();
	}

}
