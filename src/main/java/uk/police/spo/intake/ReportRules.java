package uk.police.spo.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import uk.police.spo.cases.SafeContactMethod;
import uk.police.spo.system.UkDates;

/**
 * Who must say what. Anything a reporter may not know stays optional, but:
 * <ul>
 * <li>a victim reporting for themselves says how they can be contacted safely, and gives that phone or email;</li>
 * <li>a third party or witness leaves a phone or email of their own, so an officer can follow the report up;</li>
 * <li>an anonymous report needs no contact at all.</li>
 * </ul>
 */
class ReportRules implements ConstraintValidator<ConsistentReport, ReportRequest> {

	/** Reporters count days as the UK does: a date of today in London is never "in the future". */

	/**
	 * Characters the suspect's online accounts may take together, one per line: what {@code case_person.online_accounts}
	 * holds. Twenty accounts of 200 characters each would not fit, and the database's refusal would reach the reporter
	 * as "try again" (503) however often they did.
	 */
	static final int MAX_ONLINE_ACCOUNTS_TEXT = 2000;

	@Override
	public boolean isValid(ReportRequest report, ConstraintValidatorContext context) {
		context.disableDefaultConstraintViolation();
		boolean datesValid = datesNotInTheFuture(report, context) & onlineAccountsFit(report, context);
		if (report.reporterType() == null) {
			return datesValid;
		}
		return datesValid & switch (report.reporterType()) {
			case VICTIM -> victimCanBeContacted(report, context);
			case THIRD_PARTY, WITNESS -> reporterCanBeContacted(report, context);
			case ANONYMOUS -> true;
		};
	}

	private static boolean datesNotInTheFuture(ReportRequest report, ConstraintValidatorContext context) {
		LocalDate today = LocalDate.now(UkDates.ZONE);
		boolean valid = true;
		if (report.victim() != null && report.victim().dateOfBirth() != null
				&& !report.victim().dateOfBirth().isBefore(today)) {
			valid = violation(context, "must be in the past", "victim", "dateOfBirth");
		}
		if (report.suspect() != null && report.suspect().dateOfBirth() != null
				&& !report.suspect().dateOfBirth().isBefore(today)) {
			valid = violation(context, "must be in the past", "suspect", "dateOfBirth");
		}
		List<ReportRequest.IncidentReport> incidents = report.incidents() == null ? List.of() : report.incidents();
		for (int i = 0; i < incidents.size(); i++) {
			ReportRequest.IncidentReport incident = incidents.get(i);
			if (incident != null && incident.occurredOn() != null && incident.occurredOn().isAfter(today)) {
				context.buildConstraintViolationWithTemplate("must not be in the future")
					.addPropertyNode("incidents")
					.addPropertyNode("occurredOn")
					.inIterable()
					.atIndex(i)
					.addConstraintViolation();
				valid = false;
			}
		}
		return valid;
	}

	private static boolean onlineAccountsFit(ReportRequest report, ConstraintValidatorContext context) {
		List<String> accounts = report.suspect() == null ? null : report.suspect().onlineAccounts();
		if (accounts == null || accounts.isEmpty()) {
			return true;
		}
		int length = accounts.size() - 1;
		for (String account : accounts) {
			length += account == null ? 0 : account.length();
		}
		return length <= MAX_ONLINE_ACCOUNTS_TEXT || violation(context,
				"at most " + MAX_ONLINE_ACCOUNTS_TEXT + " characters for all the accounts together", "suspect",
				"onlineAccounts");
	}

	private static boolean victimCanBeContacted(ReportRequest report, ConstraintValidatorContext context) {
		ReportRequest.Victim victim = report.victim();
		SafeContactMethod method = victim == null || victim.safeContact() == null ? null : victim.safeContact().method();
		if (method == null) {
			return violation(context, "say how you can be contacted safely", "victim", "safeContact", "method");
		}
		if (method == SafeContactMethod.PHONE && blank(victim.phone())) {
			return violation(context, "give the phone number it is safe to call", "victim", "phone");
		}
		if (method == SafeContactMethod.EMAIL && blank(victim.email())) {
			return violation(context, "give the email address it is safe to use", "victim", "email");
		}
		return true;
	}

	private static boolean reporterCanBeContacted(ReportRequest report, ConstraintValidatorContext context) {
		ReportRequest.Reporter reporter = report.reporter();
		if (reporter == null || (blank(reporter.phone()) && blank(reporter.email()))) {
			return violation(context, "give a phone number or email so an officer can contact you (or report "
					+ "anonymously)", "reporter", "phone");
		}
		return true;
	}

	private static boolean violation(ConstraintValidatorContext context, String message, String... path) {
		var builder = context.buildConstraintViolationWithTemplate(message);
		var node = builder.addPropertyNode(path[0]);
		for (int i = 1; i < path.length; i++) {
			node = node.addPropertyNode(path[i]);
		}
		node.addConstraintViolation();
		return false;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
