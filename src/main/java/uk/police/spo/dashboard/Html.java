package uk.police.spo.dashboard;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.police.spo.system.UkDates;

/**
 * A page written as text: every value goes through {@link #text} (HTML-escaped), nothing inline runs (the pages'
 * policy allows scripts and styles from this host only, and they use none but the stylesheet).
 */
final class Html {

	static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
		.withZone(UkDates.ZONE);

	static final DateTimeFormatter UK_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(UkDates.ZONE);

	private final StringBuilder out = new StringBuilder(16_384);

	static String escape(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(value.length() + 16);
		for (char ch : value.toCharArray()) {
			switch (ch) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(ch);
			}
		}
		return escaped.toString();
	}

	static String time(Instant instant) {
		return instant == null ? "" : UK_TIME.format(instant);
	}

	static String day(Instant instant) {
		return instant == null ? "" : UK_DAY.format(instant);
	}

	/** A code such as UNDER_INVESTIGATION as words: Under investigation. */
	static String words(String code) {
		if (code == null) {
			return "";
		}
		String spaced = code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	/** Markup written as given: for the page's own fixed tags only, never for values. */
	Html raw(String markup) {
		out.append(markup);
		return this;
	}

	Html text(String value) {
		out.append(escape(value));
		return this;
	}

	Html link(String href, String label) {
		return raw("<a href=\"").text(href).raw("\">").text(label).raw("</a>");
	}

	Html element(String tag, String value) {
		return raw("<" + tag + ">").text(value).raw("</" + tag + ">");
	}

	/** A table: a caption, column headings, then rows of already-written cells. */
	Html table(String caption, List<String> headings, List<List<String>> rowsOfCellMarkup) {
		raw("<table><caption>").text(caption).raw("</caption><thead><tr>");
		for (String heading : headings) {
			raw("<th scope=\"col\">").text(heading).raw("</th>");
		}
		raw("</tr></thead><tbody>");
		for (List<String> row : rowsOfCellMarkup) {
			raw("<tr>");
			for (int i = 0; i < row.size(); i++) {
				raw(i == 0 ? "<th scope=\"row\">" : "<td>").raw(row.get(i)).raw(i == 0 ? "</th>" : "</td>");
			}
			raw("</tr>");
		}
		return raw("</tbody></table>");
	}

	/** A cell: a count linking to the cases behind it. */
	static String count(Figure figure) {
		return "<a href=\"" + escape(figure.link()) + "\">" + figure.count() + "</a>";
	}

	static String cell(String value) {
		return escape(value);
	}

	static String caseLink(String reference) {
		return "<a href=\"/cases/" + escape(reference) + "\">" + escape(reference) + "</a>";
	}

	/** The page around a body: the force's header, navigation for this reader, and the stylesheet. */
	static String page(String title, List<String[]> navigation, String body) {
		Html page = new Html();
		page.raw("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
			.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
			.raw("<title>").text(title + " - Stalking Protection").raw("</title>")
			.raw("<link rel=\"stylesheet\" href=\"/dashboard/assets/dashboard.css\"></head><body>")
			.raw("<a class=\"skip\" href=\"#main\">Skip to main content</a>")
			.raw("<header><p class=\"service\">Stalking Protection: case management</p><nav aria-label=\"Main\"><ul>");
		for (String[] item : navigation) {
			page.raw("<li>").link(item[1], item[0]).raw("</li>");
		}
		page.raw("</ul></nav></header><main id=\"main\">").raw(body).raw("</main></body></html>");
		return page.toString();
	}

	@Override
	public String toString() {
		return out.toString();
	}

}
