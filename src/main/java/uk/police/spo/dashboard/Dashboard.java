package uk.police.spo.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;
import uk.police.spo.system.UkDates;

/** Gathers the dashboard's figures for a reader's units, all as of one instant. */
@Service
class Dashboard {

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
		CaseFigures.Reports reports = cases.reports(scope, now, UkDates.ZONE);
		return new DashboardFigures(now, scope.units(), scope.everyUnit(), CaseFigures.byStage(cells),
				CaseFigures.byRisk(cells), cells, reports.perWeek(),
				cases.highRiskWithout(CaseFigure.NO_SAFEGUARDING, scope), cases.highRiskWithout(CaseFigure.NO_MARAC, scope),
				reports.toTriage(), reports.toApplication(),
				cases.spoApplications(scope),
				cases.orders(CaseFigure.ORDERS_IN_FORCE, CaseSql.ORDER_IN_FORCE, scope, java.util.Map.of()),
				cases.orders(CaseFigure.ORDERS_ENDING, CaseSql.ORDER_ENDING, scope, CaseSql.endingParameters(now, UkDates.ZONE)),
				cases.orders(CaseFigure.NOTIFICATION_OVERDUE, CaseSql.NOTIFICATION_OVERDUE, scope,
						CaseSql.notificationParameters(now, UkDates.ZONE)),
				cases.breaches(scope, now), cases.referrals(scope), cases.failedReferrals(scope),
				cases.refusedMessages(scope), engine.counts(now, scope));
	}

}
