package uk.police.spo.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The application's own gauges for {@code /actuator/prometheus}: open cases by stage and risk, referrals by partner
 * and status, and the engine's open, overdue and escalated tasks, incidents and failed jobs, over every unit. One
 * scrape reads a few grouped queries and counts, at most once per {@link #FRESH_FOR} however many gauges ask.
 */
@Component
class DashboardMeters implements MeterBinder {

	static final Duration FRESH_FOR = Duration.ofSeconds(15);

	private final CaseFigures cases;

	private final EngineFigures engine;

	private final Clock clock;

	private Snapshot snapshot;

	DashboardMeters(CaseFigures cases, EngineFigures engine, Clock clock) {
		this.cases = cases;
		this.engine = engine;
		this.clock = clock;
	}

	record Snapshot(Instant takenAt, List<DashboardFigures.StageRisk> openCases, Map<String, Long> referrals,
			long[] engineTotals) {
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String stage : CaseFigures.OPEN_STAGES) {
			for (String risk : CaseFigures.RISKS) {
				gauge(registry, "spo.cases.open", "Open cases", s -> s.openCases()
					.stream()
					.filter(c -> c.stage().equals(stage) && c.risk().equals(risk))
					.mapToLong(DashboardFigures.StageRisk::count)
					.sum(), "stage", stage, "risk", risk);
			}
		}
		for (String partner : CaseFigure.PARTNERS) {
			for (String status : CaseFigure.REFERRAL_STATUSES) {
				gauge(registry, "spo.referrals", "Referrals", s -> s.referrals().getOrDefault(partner + "." + status, 0L),
						"partner", partner, "status", status);
			}
		}
		gauge(registry, "spo.tasks.open", "Open user tasks", s -> s.engineTotals()[0]);
		gauge(registry, "spo.tasks.overdue", "Open user tasks past their due date", s -> s.engineTotals()[1]);
		gauge(registry, "spo.tasks.escalated", "Open user tasks escalated to supervisors", s -> s.engineTotals()[2]);
		gauge(registry, "spo.engine.incidents", "Open engine incidents", s -> s.engineTotals()[3]);
		gauge(registry, "spo.engine.jobs.failed", "Jobs failed with no retries left", s -> s.engineTotals()[4]);
	}

	private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value,
			String... tags) {
		Gauge.builder(name, this, meters -> value.applyAsDouble(meters.current()))
			.description(description)
			.tags(tags)
			.register(registry);
	}

	synchronized Snapshot current() {
		Instant now = clock.instant();
		if (snapshot == null || snapshot.takenAt().plus(FRESH_FOR).isBefore(now)) {
			ViewerScope everyUnit = ViewerScope.everyUnitScope();
			Map<String, Long> referrals = new java.util.HashMap<>();
			cases.referrals(everyUnit).forEach(r -> referrals.put(r.value(), r.count()));
			snapshot = new Snapshot(now, cases.openByStageAndRisk(everyUnit), referrals, engine.totals(now));
		}
		return snapshot;
	}

}
