package uk.police.spo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where values are stored in plain: every text or binary column of every table of the test schema (the project's
 * and the engine's) that holds one of them.
 */
public final class SchemaTraces {

	/** The column types read (MySQL's names). */
	static final Set<String> TEXT_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext", "longtext");

	static final Set<String> BINARY_TYPES = Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
			"longblob");

	/** A value found: {@code where} is "table.column" in lower case, {@code stored} the whole stored value. */
	public record Trace(String where, String needle, String stored) {

		@Override
		public String toString() {
			return where + ": " + needle;
		}

	}

	private SchemaTraces() {
	}

	public static List<Trace> of(JdbcTemplate jdbc, List<String> needles) {
		List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name, data_type from "
				+ "information_schema.columns where table_schema = database()");
		columns.removeIf(c -> !TEXT_TYPES.contains(type(c)) && !BINARY_TYPES.contains(type(c)));
		assertThat(columns).hasSizeGreaterThan(100).anyMatch(c -> BINARY_TYPES.contains(type(c)));
		String anyNeedle = String.join(" or ", Collections.nCopies(needles.size(), "{column} like ?"));
		Object[] patterns = needles.stream().map(needle -> "%" + needle + "%").toArray();
		List<Trace> traces = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String where = (column.get("table_name") + "." + column.get("column_name")).toLowerCase(Locale.ROOT);
			String query = "select `" + column.get("column_name") + "` from `" + column.get("table_name") + "` where "
					+ anyNeedle.replace("{column}", "`" + column.get("column_name") + "`");
			// a binary column is read as bytes, one character per byte: the values looked for are ASCII
			List<String> values = BINARY_TYPES.contains(type(column))
					? jdbc.queryForList(query, byte[].class, patterns)
						.stream()
						.map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1))
						.toList()
					: jdbc.queryForList(query, String.class, patterns);
			for (String value : values) {
				needles.stream().filter(value::contains).forEach(needle -> traces.add(new Trace(where, needle, value)));
			}
		}
		return traces;
	}

	private static String type(Map<String, Object> column) {
		return String.valueOf(column.get("data_type")).toLowerCase(Locale.ROOT);
	}

}
