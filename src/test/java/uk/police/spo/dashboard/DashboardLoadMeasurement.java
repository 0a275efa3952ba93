package uk.police.spo.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.police.spo.SpoCaseApplication;
import uk.police.spo.support.MeasurementSettings;
import uk.police.spo.support.TestDatabase;
import uk.police.spo.system.UkDates;

/**
 * Not part of the test suite: loads {@link #CASES} cases (with their timelines, referrals, applications, orders,
 * breaches and open tasks in the read model of open work) into a fresh schema on the MySQL-compatible server, starts
 * the application on it, and prints how long the dashboard takes to answer, for a unit's supervisor and for an
 * administrator. Run it with the command in docs/dashboard.md. It records a figure; it asserts nothing.
 * <p>
 * {@code -Drecent=0.25}: the share of the cases reported in the last 12 weeks (the rest over two years).
 * {@code -Dqueue=true}: also times an investigator's work queue ({@code /api/work}, 40 requests each).
 * {@code -Dschema=NAME}: the schema NAME is kept after the run, made if missing and loaded only when it holds no
 * case, so that a second run (after a change, with its migrations) times the same data.
 */
public final class DashboardLoadMeasurement {

	static final int CASES = Integer.getInteger("cases", 100_000);

	static final int TIMED = 10;

	static final double RECENT = Double.parseDouble(System.getProperty("recent", "0.25"));

	private DashboardLoadMeasurement() {
	}

	public static void main(String[] args) throws Exception {
		String kept = System.getProperty("schema");
		TestDatabase.Schema schema = kept == null ? TestDatabase.newSchema() : TestDatabase.keptSchema(kept);
		// command-line arguments: above the mysql profile's ${SPO_DB_URL} and the like
		String[] settings = MeasurementSettings.of(schema);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SpoCaseApplication.class)
			.profiles("mysql")
			.run(settings)) {
			long loadStart = System.nanoTime();
			if (cases(schema) == 0) {
				load(schema, CASES);
				System.out.printf("loaded %,d cases in %.1f s%n", CASES, (System.nanoTime() - loadStart) / 1e9);
			}
			// after the start: the start-up check (tasks.WorkItemBackfill) removes rows of tasks the engine lacks
			seedOpenWork(schema);
			System.out.printf("%,d cases in %s; load average %s%n", cases(schema), schema.url(),
					java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
			int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
			for (String path : List.of("/dashboard/figures", "/dashboard")) {
				for (String user : List.of("supervisor", "admin")) {
					measure(port, path, user);
				}
			}
			measure(port, "/dashboard/cases?figure=no-marac", "supervisor");
			if (Boolean.getBoolean("queue")) {
				// an investigator of NORTH: their group's queue holds about half the open cases' tasks
				for (String path : List.of("/api/work", "/api/work?sort=risk", "/api/work?due=week&page=3")) {
					measure(port, path, "investigator", 40);
				}
			}
			for (ViewerScope scope : List.of(new ViewerScope(false, List.of("NORTH")), ViewerScope.everyUnitScope())) {
				eachFigure(app.getBean(CaseFigures.class), app.getBean(EngineFigures.class), scope);
			}
		}
	}

	private static long cases(TestDatabase.Schema schema) throws SQLException {
		try (Connection db = DriverManager.getConnection(schema.url(), schema.user(), schema.password());
				java.sql.ResultSet n = db.createStatement().executeQuery("select count(*) from case_file")) {
			n.next();
			return n.getLong(1);
		}
	}

	/** Each query of the dashboard on its own, median of 5 after 2: where the time goes. */
	static void eachFigure(CaseFigures cases, EngineFigures engine, ViewerScope scope) {
		Instant now = Instant.now();
		java.util.Map<String, Runnable> figures = new java.util.LinkedHashMap<>();
		figures.put("open by stage and risk", () -> cases.openByStageAndRisk(scope));
		figures.put("reported per week, lead times", () -> cases.reports(scope, now, UkDates.ZONE));
		figures.put("no safeguarding plan", () -> cases.highRiskWithout(CaseFigure.NO_SAFEGUARDING, scope));
		figures.put("no MARAC referral", () -> cases.highRiskWithout(CaseFigure.NO_MARAC, scope));
		figures.put("SPO applications", () -> cases.spoApplications(scope));
		figures.put("orders in force", () -> cases.orders(CaseFigure.ORDERS_IN_FORCE, CaseSql.ORDER_IN_FORCE, scope,
				java.util.Map.of()));
		figures.put("orders ending", () -> cases.orders(CaseFigure.ORDERS_ENDING, CaseSql.ORDER_ENDING, scope,
				CaseSql.endingParameters(now, UkDates.ZONE)));
		figures.put("notifications overdue", () -> cases.orders(CaseFigure.NOTIFICATION_OVERDUE,
				CaseSql.NOTIFICATION_OVERDUE, scope, CaseSql.notificationParameters(now, UkDates.ZONE)));
		figures.put("breaches", () -> cases.breaches(scope, now));
		figures.put("referrals", () -> cases.referrals(scope));
		figures.put("failed referrals", () -> cases.failedReferrals(scope));
		figures.put("refused messages", () -> cases.refusedMessages(scope));
		figures.put("task and engine counts", () -> engine.counts(now, scope));
		figures.forEach((name, query) -> {
			List<Long> millis = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				long start = System.nanoTime();
				query.run();
				millis.add((System.nanoTime() - start) / 1_000_000);
			}
			List<Long> timed = new ArrayList<>(millis.subList(2, 7));
			timed.sort(null);
			System.out.printf("  %-8s %-30s median %d ms%n", scope.everyUnit() ? "all" : "NORTH", name, timed.get(2));
		});
	}

	static void measure(int port, String path, String user) throws Exception {
		measure(port, path, user, TIMED);
	}

	static void measure(int port, String path, String user, int timed) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.build();
		for (int i = 0; i < 3; i++) {
			client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		List<Long> millis = new ArrayList<>();
		int status = 0;
		for (int i = 0; i < timed; i++) {
			long start = System.nanoTime();
			status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		millis.sort(null);
		System.out.printf("%-36s %-12s HTTP %d  median %d ms, p95 %d ms, max %d ms (%d requests after 3 warm-up)%n",
				path, user, status, millis.get(timed / 2), millis.get((int) Math.ceil(0.95 * timed) - 1),
				millis.get(timed - 1), timed);
	}

	/**
	 * Cases spread over two years (a quarter of them in the last 12 weeks), half in each unit, at every stage and
	 * risk level; most triaged, with plans, referrals, applications, orders and breaches in proportions like a
	 * force's.
	 */
	static void load(TestDatabase.Schema schema, int cases) throws SQLException {
		Random random = new Random(16);
		String[] stages = { "IN_TRIAGE", "TRIAGED", "TRIAGED", "UNDER_INVESTIGATION", "UNDER_INVESTIGATION",
				"ORDER_IN_FORCE", "ORDER_ENDED", "CLOSED", "CLOSED", "CLOSED" };
		String[] risks = { "STANDARD", "STANDARD", "MEDIUM", "MEDIUM", "HIGH" };
		String[] partners = { "HOUSING", "ADVOCACY", "MARAC", "COURT" };
		String[] referralStatuses = { "QUEUED", "SENT", "SENT", "ANSWERED", "FAILED", "DECLINED" };
		Instant now = Instant.now();
		String url = schema.url() + "?rewriteBatchedStatements=true&sendFractionalSeconds=false";
		try (Connection db = DriverManager.getConnection(url, schema.user(), schema.password())) {
			db.setAutoCommit(false);
			try (PreparedStatement caseFile = db.prepareStatement("insert into case_file (id, reference, status, "
					+ "reporter_type, immediate_danger, relationship, consent_partner_referral, received_at, version, "
					+ "unit_code, risk_level) values (?, ?, ?, 'VICTIM', false, 'EX_PARTNER', true, ?, 0, ?, ?)");
					PreparedStatement timeline = db.prepareStatement("insert into case_timeline_entry (id, case_id, "
							+ "occurred_at, kind, summary, actor) values (?, ?, ?, ?, 'generated', 'load')");
					PreparedStatement referral = db.prepareStatement("insert into referral (id, case_id, partner, "
							+ "purpose, legal_basis, status, created_at, updated_at, version) "
							+ "values (?, ?, ?, 'SUPPORT', 'CONSENT', ?, ?, ?, 0)");
					PreparedStatement application = db.prepareStatement("insert into spo_application (id, case_id, "
							+ "status, acts_associated, acts_reasoning, risk_associated, risk_reasoning, order_necessary, "
							+ "necessity_reasoning, youth_court, interim_wanted, until_further_order, lodged_at, "
							+ "decided_at, version) values (?, ?, ?, true, 'g', true, 'g', true, 'g', false, false, false, "
							+ "?, ?, 0)");
					PreparedStatement order = db.prepareStatement("insert into protective_order (id, case_id, kind, "
							+ "status, granted_on, ends_on, until_further_order, served_at, version) "
							+ "values (?, ?, 'FULL', ?, ?, ?, false, ?, 0)");
					PreparedStatement breach = db.prepareStatement("insert into order_breach (id, case_id, order_id, "
							+ "kind, occurred_at, reported_at, version) values (?, ?, ?, 'BREACH_OF_ORDER', ?, ?, 0)")) {
				for (int i = 0; i < cases; i++) {
					String id = UUID.randomUUID().toString();
					long ageMinutes = random.nextDouble() < RECENT ? random.nextInt(12 * 7 * 24 * 60)
							: random.nextInt(2 * 365 * 24 * 60);
					Instant received = now.minus(Duration.ofMinutes(ageMinutes));
					String stage = stages[random.nextInt(stages.length)];
					String risk = stage.equals("IN_TRIAGE") ? null : risks[random.nextInt(risks.length)];
					caseFile.setString(1, id);
					caseFile.setString(2, String.format("LD-%07d", i));
					caseFile.setString(3, stage);
					caseFile.setObject(4, CaseFixtures.utc(received));
					caseFile.setString(5, i % 2 == 0 ? "NORTH" : "SOUTH");
					caseFile.setString(6, risk);
					caseFile.addBatch();
					add(timeline, id, received, "REPORT_RECEIVED");
					if (risk != null) {
						Instant triaged = received.plus(Duration.ofMinutes(30 + random.nextInt(72 * 60)));
						add(timeline, id, triaged, "TRIAGE_COMPLETED");
						if (random.nextInt(10) < 8) {
							add(timeline, id, triaged, "SAFEGUARDING_PLANNED");
						}
						if (risk.equals("HIGH") && random.nextInt(10) < 9) {
							addReferral(referral, id, "MARAC", referralStatuses[random.nextInt(5)], triaged);
						}
						if (random.nextInt(3) == 0) {
							addReferral(referral, id, partners[random.nextInt(partners.length)],
									referralStatuses[random.nextInt(referralStatuses.length)], triaged);
						}
					}
					if (stage.startsWith("ORDER") || (stage.equals("UNDER_INVESTIGATION") && random.nextInt(5) == 0)) {
						Instant lodged = received.plus(Duration.ofDays(3 + random.nextInt(30)));
						application.setString(1, UUID.randomUUID().toString());
						application.setString(2, id);
						application.setString(3, stage.startsWith("ORDER") ? "FULL_GRANTED" : "LODGED");
						application.setObject(4, CaseFixtures.utc(lodged));
						application.setObject(5, CaseFixtures.utc(lodged));
						application.addBatch();
					}
					if (stage.startsWith("ORDER")) {
						String orderId = UUID.randomUUID().toString();
						boolean inForce = stage.equals("ORDER_IN_FORCE");
						order.setString(1, orderId);
						order.setString(2, id);
						order.setString(3, inForce ? "SERVED" : "ENDED");
						order.setObject(4, LocalDate.now().minusDays(random.nextInt(700)));
						order.setObject(5, LocalDate.now().plusDays(inForce ? random.nextInt(700) : -random.nextInt(300)));
						order.setObject(6, CaseFixtures.utc(now.minus(Duration.ofDays(random.nextInt(400)))));
						order.addBatch();
						if (random.nextInt(5) == 0) {
							Instant at = now.minus(Duration.ofDays(random.nextInt(120)));
							breach.setString(1, UUID.randomUUID().toString());
							breach.setString(2, id);
							breach.setString(3, orderId);
							breach.setObject(4, CaseFixtures.utc(at));
							breach.setObject(5, CaseFixtures.utc(at));
							breach.addBatch();
						}
					}
					if (i % 2000 == 1999) {
						for (PreparedStatement statement : List.of(caseFile, timeline, referral, application, order, breach)) {
							statement.executeBatch();
						}
						db.commit();
					}
				}
				for (PreparedStatement statement : List.of(caseFile, timeline, referral, application, order, breach)) {
					statement.executeBatch();
				}
				db.commit();
			}
			// the case's first triage completion, as cases.CaseFile records it with the entry (and V35 for older rows)
			try (PreparedStatement triaged = db.prepareStatement("update case_file set triaged_at = (select "
					+ "min(t.occurred_at) from case_timeline_entry t where t.case_id = case_file.id "
					+ "and t.kind = 'TRIAGE_COMPLETED')")) {
				triaged.executeUpdate();
				db.commit();
			}
			try (PreparedStatement analyze = db.prepareStatement("analyze table case_file, case_timeline_entry, referral, "
					+ "spo_application, protective_order, order_breach")) {
				analyze.execute();
			}
		}
	}

	/**
	 * The read model of open work made again for the open cases (one task each), the same whatever the run: the
	 * engine has none of these tasks, so the start-up check removed the rows an earlier run left.
	 */
	static void seedOpenWork(TestDatabase.Schema schema) throws SQLException {
		Random random = new Random(29);
		Instant now = Instant.now();
		String url = schema.url() + "?rewriteBatchedStatements=true&sendFractionalSeconds=false";
		try (Connection db = DriverManager.getConnection(url, schema.user(), schema.password());
				PreparedStatement work = db.prepareStatement("insert into work_item (task_id, queue_key, "
						+ "process_instance_id, case_id, reference, unit_code, activity_id, task_name, assignee, "
						+ "created_at, due_at, priority, risk_level, risk_rank, suspended) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			db.setAutoCommit(false);
			db.createStatement().execute("delete from work_item");
			try (java.sql.ResultSet open = db.createStatement().executeQuery("select id, reference, unit_code, status, "
					+ "risk_level from case_file where status not in ('CLOSED', 'ORDER_ENDED') order by reference")) {
				int n = 0;
				while (open.next()) {
					addTask(work, random, open.getString(1), open.getString(2), open.getString(3), open.getString(4),
							open.getString(5), now);
					if (++n % 2000 == 0) {
						work.executeBatch();
					}
				}
			}
			work.executeBatch();
			db.commit();
			db.createStatement().execute("analyze table work_item");
		}
	}

	/**
	 * An open case's task in the read model of open work: its row in queue '*' and, unless the instance is suspended
	 * (2%), in its candidate group's; a third overdue, 5% escalated, a tenth held by an officer.
	 */
	private static void addTask(PreparedStatement work, Random random, String caseId, String reference, String unit,
			String stage, String risk, Instant now) throws SQLException {
		String taskId = UUID.randomUUID().toString();
		boolean suspended = random.nextInt(50) == 0;
		String assignee = random.nextInt(10) == 0 ? "officer-" + random.nextInt(40) : null;
		String activity = switch (stage) {
			case "IN_TRIAGE" -> "Task_ConfirmDetails";
			case "TRIAGED", "UNDER_INVESTIGATION" -> "Task_Investigate";
			default -> "Task_ReviewOrder";
		};
		Instant due = now.plus(Duration.ofHours(random.nextInt(30 * 24) - (random.nextInt(3) == 0 ? 30 * 24 : 0)));
		int rank = risk == null ? 3 : switch (risk) {
			case "HIGH" -> 0;
			case "MEDIUM" -> 1;
			default -> 2;
		};
		List<String> queues = new ArrayList<>(List.of("*"));
		if (!suspended) {
			queues.add(assignee == null ? "G:investigators" : "U:" + assignee);
		}
		for (String queue : queues) {
			work.setString(1, taskId);
			work.setString(2, queue);
			work.setString(3, UUID.randomUUID().toString());
			work.setString(4, caseId);
			work.setString(5, reference);
			work.setString(6, unit);
			work.setString(7, activity);
			work.setString(8, activity.substring(5));
			work.setString(9, assignee);
			work.setObject(10, CaseFixtures.utc(now.minus(Duration.ofDays(1))));
			work.setObject(11, CaseFixtures.utc(due));
			work.setInt(12, random.nextInt(20) == 0 ? EngineFigures.ESCALATED_PRIORITY : 50);
			work.setString(13, risk);
			work.setInt(14, rank);
			work.setBoolean(15, suspended);
			work.addBatch();
		}
	}

	private static void add(PreparedStatement timeline, String caseId, Instant at, String kind) throws SQLException {
		timeline.setString(1, UUID.randomUUID().toString());
		timeline.setString(2, caseId);
		timeline.setObject(3, CaseFixtures.utc(at));
		timeline.setString(4, kind);
		timeline.addBatch();
	}

	private static void addReferral(PreparedStatement referral, String caseId, String partner, String status,
			Instant at) throws SQLException {
		referral.setString(1, UUID.randomUUID().toString());
		referral.setString(2, caseId);
		referral.setString(3, partner);
		referral.setString(4, status);
		referral.setObject(5, CaseFixtures.utc(at));
		referral.setObject(6, CaseFixtures.utc(at));
		referral.addBatch();
	}

}
