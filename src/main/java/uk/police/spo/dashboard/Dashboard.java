package uk.police.spo.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;

/** Gathers the dashboard's figures for a reader's units, all as of one instant. */
@Service
class Dashboard {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private final CaseFigures cases;

	private final EngineFigures engine;

	private final Clock clock;

	Dashboard(CaseFigures cases, EngineFigures engine, Clock clock) {
		this.cases = cases;
		this.engine = engine;
		this.clock = clock;
	}

	DashboardFigures figures(ViewerScope scope) {
		Instant now = clock.instant();
		List<DashboardFigures.StageRisk> cells = cases.openByStageAndRisk(scope);
		return new DashboardFigures(now, scope.units(), scope.everyUnit(), CaseFigures.byStage(cells),
				CaseFigures.byRisk(cells), cells, cases.reportedPerWeek(scope, now, UK),
				cases.highRiskWithout(CaseFigure.NO_SAFEGUARDING, scope), cases.highRiskWithout(CaseFigure.NO_MARAC, scope),
				cases.reportToTriage(scope, now, UK), cases.reportToApplication(scope, now, UK),
				cases.spoApplications(scope),
				cases.orders(CaseFigure.ORDERS_IN_FORCE, CaseSql.ORDER_IN_FORCE, scope, java.util.Map.of()),
				cases.orders(CaseFigure.ORDERS_ENDING, CaseSql.ORDER_ENDING, scope, CaseSql.endingParameters(now, UK)),
				cases.orders(CaseFigure.NOTIFICATION_OVERDUE, CaseSql.NOTIFICATION_OVERDUE, scope,
						CaseSql.notificationParameters(now, UK)),
				cases.breaches(scope, now), cases.referrals(scope), cases.failedReferrals(scope),
				cases.refusedMessages(scope), engine.counts(now, scope));
	}

}
