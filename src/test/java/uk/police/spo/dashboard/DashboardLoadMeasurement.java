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
 * Not part of the test suite: loads {@link #CASES} cases (with their timelines, referrals, applications, orders and
 * breaches) into a fresh schema on the MySQL-compatible server, starts the application on it, and prints how long
 * the dashboard takes to answer, for a unit's supervisor and for an administrator. Run it with the command in
 * docs/dashboard.md. It records a figure; it asserts nothing.
 */
public final class DashboardLoadMeasurement {

	static final int CASES = Integer.getInteger("cases", 100_000);

	static final int TIMED = 10;

	private DashboardLoadMeasurement() {
	}

	public static void main(String[] args) throws Exception {
		TestDatabase.Schema schema = TestDatabase.newSchema();
		// command-line arguments: above the mysql profile's ${SPO_DB_URL} and the like
		String[] settings = MeasurementSettings.of(schema);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SpoCaseApplication.class)
			.profiles("mysql")
			.run(settings)) {
			long loadStart = System.nanoTime();
			load(schema, CASES);
			System.out.printf("loaded %,d cases in %.1f s%n", CASES, (System.nanoTime() - loadStart) / 1e9);
			int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
			for (String path : List.of("/dashboard/figures", "/dashboard")) {
				for (String user : List.of("supervisor", "admin")) {
					measure(port, path, user);
				}
			}
			measure(port, "/dashboard/cases?figure=no-marac", "supervisor");
			for (ViewerScope scope : List.of(new ViewerScope(false, List.of("NORTH")), ViewerScope.everyUnitScope())) {
				eachFigure(app.getBean(CaseFigures.class), app.getBean(EngineFigures.class), scope);
			}
		}
	}

	/** Each query of the dashboard on its own, median of 5 after 2: where the time goes. */
	static void eachFigure(CaseFigures cases, EngineFigures engine, ViewerScope scope) {
		Instant now = Instant.now();
		java.util.Map<String, Runnable> figures = new java.util.LinkedHashMap<>();
		figures.put("open by stage and risk", () -> cases.openByStageAndRisk(scope));
		figures.put("reported per week", () -> cases.reportedPerWeek(scope, now, UkDates.ZONE));
		figures.put("no safeguarding plan", () -> cases.highRiskWithout(CaseFigure.NO_SAFEGUARDING, scope));
		figures.put("no MARAC referral", () -> cases.highRiskWithout(CaseFigure.NO_MARAC, scope));
		figures.put("report to triage", () -> cases.reportToTriage(scope, now, UkDates.ZONE));
		figures.put("report to application", () -> cases.reportToApplication(scope, now, UkDates.ZONE));
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
			System.out.printf("  %-8s %-26s median %d ms%n", scope.everyUnit() ? "all" : "NORTH", name, timed.get(2));
		});
	}

	static void measure(int port, String path, String user) throws Exception {
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
		for (int i = 0; i < TIMED; i++) {
			long start = System.nanoTime();
			status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		millis.sort(null);
		System.out.printf("%-36s %-10s HTTP %d  median %d ms, max %d ms (%d requests after 3 warm-up)%n", path, user,
				status, millis.get(TIMED / 2), millis.get(TIMED - 1), TIMED);
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
					long ageMinutes = random.nextInt(4) == 0 ? random.nextInt(12 * 7 * 24 * 60)
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
			try (PreparedStatement analyze = db.prepareStatement("analyze table case_file, case_timeline_entry, referral, "
					+ "spo_application, protective_order, order_breach")) {
				analyze.execute();
			}
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
