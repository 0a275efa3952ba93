package uk.police.spo.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the dashboard shows, for the reader's units; also served as JSON at {@code /dashboard/figures}. */
record DashboardFigures(Instant asOf, List<String> units, boolean everyUnit, List<Figure> openByStage,
		List<Figure> openByRisk, List<StageRisk> openByStageAndRisk, List<Figure> reportedPerWeek, Figure noSafeguardingPlan,
		Figure noMaracReferral, LeadTimes reportToTriage, LeadTimes reportToApplication, List<Figure> spoApplications,
		Figure ordersInForce, Figure ordersEnding, Figure notificationsOverdue, Figure breaches, List<Figure> referrals,
		List<FailedReferral> failedReferrals, List<Figure> refusedMessages, EngineFigures.Counts engine) {

	/** Open cases at one stage and risk level. */
	record StageRisk(String stage, String risk, long count) {
	}

	/** A referral whose delivery failed: which case, to whom, why it was made, since when. */
	record FailedReferral(String reference, String partner, String purpose, Instant failedAt) {
	}

	static List<LocalDate> weekMondays(LocalDate thisMonday, int weeks) {
		return java.util.stream.IntStream.range(0, weeks).mapToObj(i -> thisMonday.minusWeeks(weeks - 1L - i)).toList();
	}

}
