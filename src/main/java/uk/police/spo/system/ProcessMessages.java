package uk.police.spo.system;

/**
 * The names of the BPMN messages the processes wait for, as the models declare them ({@code <bpmn:message name>}).
 * Java correlates and checks messages only through these constants; {@code ProcessMessagesTests} holds them equal to
 * the deployed models.
 */
public final class ProcessMessages {

	public static final String REPORT_RECEIVED = "ReportReceived";

	public static final String NEW_INCIDENT_REPORTED = "NewIncidentReported";

	public static final String COURT_HEARING_LISTED = "CourtHearingListed";

	public static final String COURT_OUTCOME_RECEIVED = "CourtOutcomeReceived";

	public static final String INTERIM_ORDER_ENDED = "InterimOrderEnded";

	public static final String ORDER_SERVED = "OrderServed";

	public static final String NOTIFICATION_RECEIVED = "NotificationReceived";

	public static final String CHANGE_NOTIFICATION_RECEIVED = "ChangeNotificationReceived";

	public static final String NOTIFICATION_FOUND_FALSE = "NotificationFoundFalse";

	public static final String VARIATION_REQUESTED = "VariationRequested";

	public static final String DISCHARGE_REQUESTED = "DischargeRequested";

	public static final String BREACH_REPORTED = "BreachReported";

	private ProcessMessages() {
	}

}
