package uk.police.spo.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Seeds open cases in bulk by copying real ones. A template is a case made through the API (or a bare-engine
 * instance), read back row by row: its process instances with their executions, tasks, candidate links, variables,
 * jobs, event subscriptions and grants, the read model of its open tasks ({@code work_item}), and its case tables
 * (the case, its people, incidents and timeline; not its audit entries, whose hash chain a copy would break, nor its
 * history). Each copy gets new ids (every value that is
 * the id of a copied row is mapped to the same new id wherever it appears, so references between the rows hold) and
 * a new reference in place of the template's (business key, task name, variables, the case row). The database makes
 * the copies ({@code insert ... select}), with foreign key checks off for the session: about 30 rows per case.
 */
final class CaseCloner {

	record Row(String table, List<String> columns, List<Object> values) {
	}

	record Template(String reference, List<Row> rows, Set<String> ids) {
	}

	private static final int CHUNK = 10_000;

	private final Connection db;

	CaseCloner(Connection db) throws SQLException {
		this.db = db;
		db.setAutoCommit(false);
		try (Statement statement = db.createStatement()) {
			statement.execute("set foreign_key_checks = 0");
		}
	}

	/** Reads the case (or bare instance) with this business key, as it is now. */
	Template template(String businessKey) throws SQLException {
		List<Row> rows = new ArrayList<>();
		String root = single("select ROOT_PROC_INST_ID_ from ACT_RU_EXECUTION where BUSINESS_KEY_ = ? and ID_ = PROC_INST_ID_ "
				+ "and SUPER_EXEC_ is null", businessKey);
		// the engine names the root on process instance rows only: their child executions (a scope, a task's, a
		// timer's) are found through their instance
		Set<String> instances = column(read("ACT_RU_EXECUTION", "ROOT_PROC_INST_ID_ = ?", List.of(root)), "PROC_INST_ID_");
		List<Row> executions = read("ACT_RU_EXECUTION", in("PROC_INST_ID_", instances), List.copyOf(instances));
		rows.addAll(executions);
		Set<String> executionIds = column(executions, "ID_");
		List<Row> tasks = read("ACT_RU_TASK", in("PROC_INST_ID_", instances), List.copyOf(instances));
		rows.addAll(tasks);
		Set<String> taskIds = column(tasks, "ID_");
		if (!taskIds.isEmpty()) {
			rows.addAll(read("ACT_RU_IDENTITYLINK", in("TASK_ID_", taskIds), List.copyOf(taskIds)));
			// the read model of open work, as the engine's task events wrote it for the template's tasks
			rows.addAll(read("work_item", in("task_id", taskIds), List.copyOf(taskIds)));
		}
		List<Row> variables = read("ACT_RU_VARIABLE", in("PROC_INST_ID_", instances), List.copyOf(instances));
		rows.addAll(variables);
		List<Row> jobs = read("ACT_RU_JOB", in("PROCESS_INSTANCE_ID_", instances), List.copyOf(instances));
		rows.addAll(jobs);
		rows.addAll(read("ACT_RU_EVENT_SUBSCR", in("PROC_INST_ID_", instances), List.copyOf(instances)));
		Set<String> resources = new HashSet<>(instances);
		resources.addAll(taskIds);
		resources.addAll(executionIds);
		rows.addAll(read("ACT_RU_AUTHORIZATION", in("RESOURCE_ID_", resources), List.copyOf(resources)));
		Set<String> bytes = column(variables, "BYTEARRAY_ID_");
		bytes.addAll(column(jobs, "EXCEPTION_STACK_ID_"));
		if (!bytes.isEmpty()) {
			rows.addAll(read("ACT_GE_BYTEARRAY", in("ID_", bytes), List.copyOf(bytes)));
		}
		List<Row> caseRows = read("case_file", "reference = ?", List.of(businessKey));
		rows.addAll(caseRows);
		for (String caseId : column(caseRows, "id")) {
			for (String table : List.of("case_person", "case_incident", "case_timeline_entry")) {
				rows.addAll(read(table, "case_id = ?", List.of(caseId)));
			}
		}
		Set<String> ids = new HashSet<>();
		for (Row row : rows) {
			ids.add((String) row.values().get(row.columns().indexOf(key(row))));
		}
		return new Template(businessKey, rows, ids);
	}

	/**
	 * Inserts copies {@code from} to {@code from + count - 1}: copy {@code n} of {@code templates.get(n % size)},
	 * under reference {@code referencePrefix} + n (six digits); returns the ids of the copied jobs. Each table's copies
	 * are made by the database itself ({@code insert ... select} over a table of numbers), ten thousand at a time.
	 */
	List<String> copy(List<Template> templates, int from, int count, String referencePrefix) throws SQLException {
		numbers(from + count);
		List<String> jobIds = new ArrayList<>();
		for (int k = 0; k < templates.size(); k++) {
			Template template = templates.get(k);
			Map<String, List<Row>> byTable = new LinkedHashMap<>();
			template.rows().forEach(row -> byTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row));
			for (int chunk = from; chunk < from + count; chunk += CHUNK) {
				int last = Math.min(from + count, chunk + CHUNK) - 1;
				for (List<Row> rows : byTable.values()) {
					try (PreparedStatement insert = db.prepareStatement(copySql(template, rows, referencePrefix))) {
						insert.setInt(1, chunk);
						insert.setInt(2, last);
						insert.setInt(3, templates.size());
						insert.setInt(4, k);
						insert.executeUpdate();
					}
				}
				db.commit();
			}
			for (Row row : byTable.getOrDefault("ACT_RU_JOB", List.of())) {
				String id = (String) row.values().get(row.columns().indexOf("ID_"));
				for (int n = from; n < from + count; n++) {
					if (n % templates.size() == k) {
						jobIds.add(id.substring(0, 24) + "%012x".formatted(n));
					}
				}
			}
		}
		return jobIds;
	}

	/**
	 * One table's copies: an id of a template row keeps its first 24 characters and ends in {@code n} as 12 hex digits
	 * in place of the node (still a UUID, which delegates parse, and the same id for the same row in every table; the
	 * engine's time-based UUIDs differ in their first characters and share the node), the template's reference
	 * becomes the copy's, everything else stays.
	 */
	private static String copySql(Template template, List<Row> rows, String referencePrefix) {
		Row first = rows.get(0);
		String newReference = "concat('" + referencePrefix + "', lpad(s.n, 6, '0'))";
		List<String> expressions = new ArrayList<>();
		for (int c = 0; c < first.columns().size(); c++) {
			String column = "t." + first.columns().get(c);
			Set<String> ids = new HashSet<>();
			boolean reference = false;
			for (Row row : rows) {
				if (row.values().get(c) instanceof String text) {
					if (template.ids().contains(text)) {
						ids.add(text);
					}
					else if (text.contains(template.reference())) {
						reference = true;
					}
				}
			}
			String expression = column;
			if (reference) {
				expression = "replace(" + column + ", '" + template.reference() + "', " + newReference + ")";
			}
			if (!ids.isEmpty()) {
				expression = "case when " + column + " in (" + quoted(ids) + ") then concat(left(" + column
						+ ", 24), lpad(lower(hex(s.n)), 12, '0')) else " + expression + " end";
			}
			expressions.add(expression);
		}
		String key = key(first);
		Set<String> keys = rows.stream()
			.map(row -> (String) row.values().get(row.columns().indexOf(key)))
			.collect(Collectors.toSet());
		return "insert into " + first.table() + " (" + String.join(", ", first.columns()) + ") select "
				+ String.join(", ", expressions) + " from " + first.table() + " t join bench_number s on s.n between ? "
				+ "and ? and mod(s.n, ?) = ? where t." + key + " in (" + quoted(keys) + ")";
	}

	/** The column naming a row: the engine's ID_, the case tables' id, the read model's task (one row per queue). */
	private static String key(Row row) {
		for (String column : List.of("ID_", "id", "task_id")) {
			if (row.columns().contains(column)) {
				return column;
			}
		}
		throw new IllegalStateException("No id column in " + row.table());
	}

	private static String quoted(Set<String> values) {
		return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
	}

	/** The table of numbers 0 to {@code size - 1} the copies are made from. */
	private void numbers(int size) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.execute("create table if not exists bench_number (n int not null primary key)");
			try (ResultSet result = statement.executeQuery("select count(*) from bench_number")) {
				result.next();
				int have = result.getInt(1);
				try (PreparedStatement insert = db.prepareStatement("insert into bench_number (n) values (?)")) {
					for (int n = have; n < size; n++) {
						insert.setInt(1, n);
						insert.addBatch();
					}
					insert.executeBatch();
				}
			}
		}
		db.commit();
	}

	private List<Row> read(String table, String where, List<String> parameters) throws SQLException {
		List<Row> rows = new ArrayList<>();
		if (where == null) {
			return rows;
		}
		try (PreparedStatement query = db.prepareStatement("select * from " + table + " where " + where)) {
			for (int i = 0; i < parameters.size(); i++) {
				query.setString(i + 1, parameters.get(i));
			}
			try (ResultSet result = query.executeQuery()) {
				ResultSetMetaData meta = result.getMetaData();
				while (result.next()) {
					List<String> columns = new ArrayList<>();
					List<Object> values = new ArrayList<>();
					for (int c = 1; c <= meta.getColumnCount(); c++) {
						columns.add(meta.getColumnName(c));
						values.add(result.getObject(c));
					}
					rows.add(new Row(table, columns, values));
				}
			}
		}
		db.commit();
		return rows;
	}

	private static String in(String column, Set<String> values) {
		return values.isEmpty() ? null
				: column + " in (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")";
	}

	private static Set<String> column(List<Row> rows, String column) {
		Set<String> values = new HashSet<>();
		for (Row row : rows) {
			Object value = row.values().get(row.columns().indexOf(column));
			if (value != null) {
				values.add((String) value);
			}
		}
		return values;
	}

	private String single(String sql, String parameter) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql)) {
			query.setString(1, parameter);
			try (ResultSet result = query.executeQuery()) {
				if (!result.next()) {
					throw new IllegalStateException("No running process instance with business key " + parameter);
				}
				return result.getString(1);
			}
		}
	}

}
