package uk.police.spo.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG: no script, nothing from another host. Each is an image with a title for
 * assistive technology; its numbers and the links to the cases are in the table beside it.
 */
final class SvgCharts {

	private static final int WIDTH = 480;

	private static final int ROW = 26;

	private static final int LABEL_WIDTH = 170;

	private static int chartIds;

	private SvgCharts() {
	}

	/** Horizontal bars, one per figure, labelled with its name and count. */
	static String bars(String title, List<Figure> figures) {
		long max = Math.max(1, figures.stream().mapToLong(Figure::count).max().orElse(1));
		int height = ROW * figures.size() + 8;
		StringBuilder svg = open(title, height);
		int y = 4;
		for (Figure figure : figures) {
			int length = (int) Math.round((WIDTH - LABEL_WIDTH - 60) * (double) figure.count() / max);
			svg.append(String.format(Locale.ROOT,
					"<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
							+ "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"></rect>"
							+ "<text class=\"value\" x=\"%d\" y=\"%d\">%d</text>",
					LABEL_WIDTH - 6, y + 16, Html.escape(Html.words(figure.label())), LABEL_WIDTH, y + 3, length, ROW - 8,
					LABEL_WIDTH + length + 4, y + 16, figure.count()));
			y += ROW;
		}
		return svg.append("</svg>").toString();
	}

	/** Columns over time, one per figure (a week), labelled below with its label. */
	static String columns(String title, List<Figure> figures) {
		long max = Math.max(1, figures.stream().mapToLong(Figure::count).max().orElse(1));
		int height = 200;
		int plot = height - 40;
		StringBuilder svg = open(title, height);
		int step = (WIDTH - 20) / Math.max(1, figures.size());
		int x = 10;
		for (Figure figure : figures) {
			int length = (int) Math.round(plot * (double) figure.count() / max);
			svg.append(String.format(Locale.ROOT,
					"<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"></rect>"
							+ "<text class=\"value\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>"
							+ "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
					x + 2, 16 + plot - length, step - 4, length, x + step / 2, 12 + plot - length, figure.count(),
					x + step / 2, height - 8, Html.escape(figure.label().substring(5))));
			x += step;
		}
		return svg.append("</svg>").toString();
	}

	/** Two lines over weeks (median and 90th percentile), in hours; a week without cases leaves a gap. */
	static String lines(String title, List<LeadTimes.Week> weeks) {
		long max = Math.max(60, weeks.stream()
			.map(LeadTimes.Week::p90Minutes)
			.filter(java.util.Objects::nonNull)
			.mapToLong(Long::longValue)
			.max()
			.orElse(60));
		int height = 200;
		int plot = height - 50;
		StringBuilder svg = open(title, height);
		int step = (WIDTH - 60) / Math.max(1, weeks.size() - 1);
		svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"4\" y=\"14\">%.1f h</text>", max / 60.0));
		svg.append(polyline("median", weeks, true, max, plot, step));
		svg.append(polyline("p90", weeks, false, max, plot, step));
		for (int i = 0; i < weeks.size(); i += 2) {
			svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
					40 + i * step, height - 8, weeks.get(i).monday().toString().substring(5)));
		}
		svg.append(String.format(Locale.ROOT, "<text class=\"legend median\" x=\"%d\" y=\"14\">median</text>"
				+ "<text class=\"legend p90\" x=\"%d\" y=\"14\">90th percentile</text>", WIDTH - 200, WIDTH - 130));
		return svg.append("</svg>").toString();
	}

	private static String polyline(String kind, List<LeadTimes.Week> weeks, boolean median, long max, int plot,
			int step) {
		StringBuilder points = new StringBuilder();
		StringBuilder marks = new StringBuilder();
		for (int i = 0; i < weeks.size(); i++) {
			Long minutes = median ? weeks.get(i).medianMinutes() : weeks.get(i).p90Minutes();
			if (minutes == null) {
				continue;
			}
			int x = 40 + i * step;
			int y = 24 + plot - (int) Math.round(plot * (double) minutes / max);
			points.append(x).append(',').append(y).append(' ');
			marks.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%d\" cy=\"%d\" r=\"3\"></circle>", kind, x, y));
		}
		return "<polyline class=\"" + kind + "\" points=\"" + points.toString().trim() + "\"></polyline>" + marks;
	}

	private static StringBuilder open(String title, int height) {
		String id = "chart-" + nextId();
		return new StringBuilder(2048).append(String.format(Locale.ROOT,
				"<svg class=\"chart\" role=\"img\" aria-labelledby=\"%s\" viewBox=\"0 0 %d %d\" "
						+ "xmlns=\"http://www.w3.org/2000/svg\"><title id=\"%s\">%s</title>",
				id, WIDTH, height, id, Html.escape(title)));
	}

	private static synchronized int nextId() {
		chartIds = (chartIds + 1) % 1_000_000;
		return chartIds;
	}

}
