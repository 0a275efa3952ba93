package uk.police.spo.system;

/**
 * How an overdue task shows that it was escalated to supervisors (tasks.EscalateOverdueTaskDelegate sets both): the
 * highest priority, so it heads every queue, and a label before its name, so every list says so in words. The
 * Tasklist filters (security) and the dashboard read the same values.
 */
public final class Escalation {

	public static final int PRIORITY = 100;

	public static final String NAME_LABEL = "OVERDUE, escalated · ";

	private Escalation() {
	}

}
