package uk.police.spo.dashboard;

/**
 * One number of the dashboard and the cases behind it: the case list filtered by {@code figure} and {@code value}.
 */
record Figure(String label, String figure, String value, long count) {

	String link() {
		return "/dashboard/cases?figure=" + figure + (value == null ? "" : "&value=" + value);
	}

}
