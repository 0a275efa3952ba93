package uk.police.spo.partners.simulated;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.HtmlUtils;

import uk.police.spo.partners.PartnerMessageTypes;

/**
 * The staff page {@code /partners/simulated} as HTML, in the report page's look ({@code /report/report.css}), with no
 * script at all. Every value shown is escaped.
 */
final class SimulatedPageHtml {

	static final List<String> ANSWERS = List.of("ACCEPTED", "DECLINED", "NEEDS_MORE_INFORMATION");

	static final List<String> HEARING_TYPES = List.of("INTERIM", "FULL", "APPEAL");

	static final List<String> OUTCOMES = List.of("INTERIM_GRANTED", "FULL_GRANTED", "REFUSED", "ADJOURNED");

	static final List<String> BEHAVIOURS = java.util.Arrays.stream(uk.police.spo.cases.Behaviour.values())
		.map(Enum::name)
		.toList();

	/** What one visitor sees: the partners they may look at, those they may answer as, and what happened last. */
	record View(List<String> partners, Set<String> answerAs, Map<String, List<ReceivedReferral>> referrals,
			List<ReceivedMail> mails, boolean smtpListening, int smtpPort, String csrfName, String csrfToken,
			String notice, List<String> problems) {
	}

	private final StringBuilder html = new StringBuilder();

	private final View view;

	private SimulatedPageHtml(View view) {
		this.view = view;
	}

	static String render(View view) {
		return new SimulatedPageHtml(view).page();
	}

	private String page() {
		html.append("""
				<!DOCTYPE html>
				<html lang="en-GB">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Simulated partners</title>
				<link rel="stylesheet" href="/report/report.css">
				</head>
				<body>
				<header class="site-header"><div class="site-header-bar"><div class="width-container">
				<p class="site-name">Police: stalking and harassment &ndash; simulated partners</p>
				</div></div></header>
				<div class="width-container"><main id="main">
				<h1>Simulated partners</h1>
				<p class="hint">What the court, MARAC, housing and advocacy received on this machine (kept in memory until
				the application stops), and forms to answer back through the real inbound API as that partner.</p>
				""");
		if (view.notice() != null) {
			html.append("<div class=\"callout\" role=\"status\"><p>").append(e(view.notice())).append("</p></div>\n");
		}
		if (!view.problems().isEmpty()) {
			html.append("<div class=\"error-summary\" role=\"alert\"><h2 class=\"error-summary-title\">Not sent</h2>")
				.append("<ul class=\"error-summary-list\">");
			view.problems().forEach(p -> html.append("<li>").append(e(p)).append("</li>"));
			html.append("</ul></div>\n");
		}
		for (String partner : view.partners()) {
			partner(partner);
		}
		html.append("</main></div>\n</body>\n</html>\n");
		return html.toString();
	}

	private void partner(String partner) {
		html.append("<section id=\"").append(partner).append("\"><h2>").append(title(partner)).append("</h2>\n");
		boolean answering = view.answerAs().contains(partner);
		if (!answering) {
			html.append("<p class=\"hint\">Log in as <code>").append(partner)
				.append("</code> to answer as this partner.</p>\n");
		}
		if ("court".equals(partner)) {
			courtMail();
		}
		List<ReceivedReferral> referrals = view.referrals().getOrDefault(partner, List.of());
		html.append("<h3>Referrals received over HTTP (").append(referrals.size()).append(")</h3>\n");
		for (ReceivedReferral referral : referrals) {
			html.append("<div class=\"review-section\"><dl class=\"summary-list\">");
			row("Idempotency-Key", referral.idempotencyKey());
			row("Acknowledged as", referral.acknowledgementId());
			row("First received", String.valueOf(referral.firstReceivedAt()));
			row("Deliveries", String.valueOf(referral.deliveries()));
			referral.fields().forEach((name, value) -> {
				if (!"letter".equals(name)) {
					row(name, String.valueOf(value));
				}
			});
			html.append("</dl>\n");
			referral.letterFileName().ifPresent(fileName -> html.append("<p><a href=\"/partners/simulated/")
				.append(partner).append("/referrals/").append(e(referral.idempotencyKey())).append("/letter\" download>")
				.append(e(fileName)).append("</a> (the referral letter, PDF)</p>\n"));
			if (answering && !"court".equals(partner)) {
				answerForm(partner, referral);
			}
			html.append("</div>\n");
		}
		if (answering && "court".equals(partner)) {
			courtForms();
		}
		if (answering) {
			breachForm(partner);
		}
		if (answering && !"court".equals(partner)) {
			incidentForm(partner);
		}
		html.append("</section>\n");
	}

	private void courtMail() {
		html.append("<h3>Mail received by SMTP (").append(view.mails().size()).append(")</h3>\n");
		if (!view.smtpListening()) {
			html.append("<p class=\"callout callout-problem\">The simulated SMTP server is not listening: port ")
				.append(view.smtpPort())
				.append(" was taken when the application started.</p>\n");
		}
		else {
			html.append("<p class=\"hint\">SMTP server: localhost:").append(view.smtpPort()).append("</p>\n");
		}
		for (ReceivedMail mail : view.mails()) {
			html.append("<div class=\"review-section\"><dl class=\"summary-list\">");
			row("Subject", mail.subject());
			row("From", mail.from());
			row("To", mail.to());
			row("Message-ID", mail.messageId());
			row("Idempotency-Key", mail.idempotencyKey());
			row("Sent", mail.sentAt() == null ? null : mail.sentAt().toString());
			row("Text", mail.text());
			html.append("</dl>\n");
			for (int i = 0; i < mail.attachments().size(); i++) {
				ReceivedMail.Attachment attachment = mail.attachments().get(i);
				html.append("<p><a href=\"/partners/simulated/mail/").append(mail.number()).append("/attachments/")
					.append(i + 1).append("\" download>").append(e(attachment.fileName())).append("</a> (")
					.append(e(attachment.mediaType())).append(", ").append(attachment.content().length)
					.append(" bytes)</p>\n");
			}
			html.append("</div>\n");
		}
	}

	private void answerForm(String partner, ReceivedReferral referral) {
		String id = "answer-" + e(referral.acknowledgementId());
		formStart(partner, PartnerMessageTypes.REFERRAL_ANSWERED, "Answer this referral");
		hidden("referralId", referral.idempotencyKey());
		hidden("caseReference", String.valueOf(referral.fields().get("caseReference")));
		select(id + "-answer", "answer", "Answer", ANSWERS, true);
		html.append("<div class=\"field\"><label for=\"").append(id).append("-note\">Note (optional)</label>")
			.append("<textarea class=\"input\" id=\"").append(id).append("-note\" name=\"note\" rows=\"2\" maxlength=\"400\">")
			.append("</textarea></div>\n");
		formEnd("Send REFERRAL_ANSWERED");
	}

	private void courtForms() {
		formStart("court", PartnerMessageTypes.HEARING_LISTED, "The court lists a hearing");
		caseReference("hearing");
		input("hearing-date", "hearingDate", "Hearing date", "date", true);
		select("hearing-type", "hearingType", "Hearing type", HEARING_TYPES, true);
		formEnd("Send HEARING_LISTED");
		formStart("court", PartnerMessageTypes.OUTCOME, "The court's outcome");
		caseReference("outcome");
		select("outcome-outcome", "outcome", "Outcome", OUTCOMES, true);
		input("outcome-end", "orderEndDate", "Order ends on (interim order; full order of fixed length)", "date", false);
		html.append("<div class=\"field\"><div class=\"radio\"><input type=\"checkbox\" id=\"outcome-until\" ")
			.append("name=\"untilFurtherOrder\" value=\"true\"><label for=\"outcome-until\">Until further order</label>")
			.append("</div></div>\n");
		input("outcome-next", "nextHearingDate", "Next hearing (adjourned)", "date", false);
		formEnd("Send OUTCOME");
	}

	private void breachForm(String partner) {
		formStart(partner, PartnerMessageTypes.BREACH_REPORTED, "Report a breach of the order");
		caseReference(partner + "-breach");
		input(partner + "-breach-at", "occurredAt", "When it happened (UK time)", "datetime-local", true);
		formEnd("Send BREACH_REPORTED");
	}

	private void incidentForm(String partner) {
		formStart(partner, PartnerMessageTypes.INCIDENT_REPORTED, "Report a new incident");
		caseReference(partner + "-incident");
		select(partner + "-incident-behaviour", "behaviour", "What happened", BEHAVIOURS, true);
		input(partner + "-incident-on", "occurredOn", "On (optional)", "date", false);
		html.append("<div class=\"field\"><label for=\"").append(partner).append("-incident-description\">")
			.append("What the victim told you (optional)</label><textarea class=\"input\" id=\"").append(partner)
			.append("-incident-description\" name=\"description\" rows=\"2\" maxlength=\"2000\"></textarea></div>\n");
		formEnd("Send INCIDENT_REPORTED");
	}

	private void formStart(String partner, String type, String legend) {
		html.append("<form method=\"post\" action=\"/partners/simulated/").append(partner).append("/messages\">")
			.append("<fieldset class=\"step\"><legend class=\"step-legend\"><h3>").append(e(legend)).append("</h3></legend>\n");
		hidden(view.csrfName(), view.csrfToken());
		hidden("type", type);
	}

	private void formEnd(String button) {
		html.append("<button class=\"button\" type=\"submit\">").append(e(button)).append("</button></fieldset></form>\n");
	}

	private void caseReference(String id) {
		input(id + "-case", "caseReference", "Case reference (SH-YYYY-NNNNNN)", "text", true);
	}

	private void input(String id, String name, String label, String type, boolean required) {
		html.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(e(label)).append("</label>")
			.append("<input class=\"input input-medium\" type=\"").append(type).append("\" id=\"").append(id)
			.append("\" name=\"").append(name).append("\"").append(required ? " required" : "").append("></div>\n");
	}

	private void select(String id, String name, String label, List<String> options, boolean required) {
		html.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(e(label)).append("</label>")
			.append("<select class=\"select\" id=\"").append(id).append("\" name=\"").append(name).append("\"")
			.append(required ? " required" : "").append(">");
		options.forEach(o -> html.append("<option value=\"").append(o).append("\">").append(o).append("</option>"));
		html.append("</select></div>\n");
	}

	private void hidden(String name, String value) {
		if (name != null && value != null) {
			html.append("<input type=\"hidden\" name=\"").append(e(name)).append("\" value=\"").append(e(value)).append("\">");
		}
	}

	private void row(String name, String value) {
		html.append("<div class=\"summary-row\"><dt>").append(e(name)).append("</dt><dd>")
			.append(value == null ? "" : e(value)).append("</dd></div>");
	}

	private static String title(String partner) {
		return switch (partner) {
			case "court" -> "Court";
			case "marac" -> "MARAC";
			case "housing" -> "Housing";
			default -> "Advocacy";
		};
	}

	private static String e(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text);
	}

}
