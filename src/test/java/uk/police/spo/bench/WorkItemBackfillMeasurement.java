package uk.police.spo.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.police.spo.SpoCaseApplication;
import uk.police.spo.support.TestCases;
import uk.police.spo.support.MeasurementSettings;
import uk.police.spo.support.TestDatabase;

/**
 * Not part of the test suite: copies one reported case ({@link CaseCloner}) up to {@link #TASKS} open tasks on a fresh
 * schema of the MySQL-compatible server and times the start's check of the read model of open work
 * (tasks.WorkItemBackfill) with the model complete, with it empty (a first start after it was added: every row
 * rebuilt), and, for comparison, the engine API's way of reading every open task 500 a page, which the check did
 * before. Prints each with the machine's load average; asserts nothing.
 * {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) -Dtasks=100000
 * uk.police.spo.bench.WorkItemBackfillMeasurement}
 */
public final class WorkItemBackfillMeasurement {

	static final int TASKS = Integer.getInteger("tasks", 100_000);

	private WorkItemBackfillMeasurement() {
	}

	public static void main(String[] args) throws Exception {
		TestDatabase.Schema schema = TestDatabase.newSchema();
		String[] settings = MeasurementSettings.of(schema);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SpoCaseApplication.class)
			.profiles("mysql")
			.run(settings)) {
			int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
			TestRestTemplate http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
			String reference = TestCases.report(http, TestCases.NORTH_ADDRESS);
			try (Connection db = DriverManager.getConnection(schema.url()
					+ "?rewriteBatchedStatements=true&sendFractionalSeconds=false", schema.user(), schema.password())) {
				CaseCloner cloner = new CaseCloner(db);
				long seeding = System.nanoTime();
				cloner.copy(List.of(cloner.template(reference)), 0, TASKS - 1, "SH-2025-");
				System.out.printf("seeded %,d cases in %.1f s%n", TASKS - 1, (System.nanoTime() - seeding) / 1e9);
				Object backfill = app.getBean("workItemBackfill");
				Method fillIn = backfill.getClass().getDeclaredMethod("fillIn");
				fillIn.setAccessible(true);
				TaskService tasks = app.getBean(TaskService.class);
				System.out.println("open tasks: " + tasks.createTaskQuery().count());
				for (int run = 0; run < 3; run++) {
					time("check, read model complete", () -> fillIn.invoke(backfill));
				}
				for (int run = 0; run < 2; run++) {
					try (Statement statement = db.createStatement()) {
						statement.executeUpdate("delete from work_item");
					}
					db.commit();
					time("rebuild, read model empty", () -> fillIn.invoke(backfill));
				}
				time("engine API, every open task 500 a page", () -> {
					List<String> ids = new ArrayList<>();
					for (int first = 0;; first += 500) {
						var page = tasks.createTaskQuery().orderByTaskId().asc().listPage(first, 500);
						page.forEach(task -> ids.add(task.getId()));
						if (page.size() < 500) {
							break;
						}
					}
				});
			}
		}
	}

	interface Work {

		void run() throws Exception;

	}

	static void time(String what, Work work) throws Exception {
		long started = System.nanoTime();
		work.run();
		System.out.printf("%s: %,d ms (load average %.2f)%n", what, (System.nanoTime() - started) / 1_000_000,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
