package uk.police.spo.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.spring.JqwikSpringSupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.support.HostileHttp;
import uk.police.spo.support.HostileHttp.Answer;
import uk.police.spo.support.HostileText;
import uk.police.spo.support.MySqlCompatibleTest;
import uk.police.spo.support.RowCounts;

/**
 * Hostile task form submissions through engine REST ({@code submit-form} and {@code complete}, on each of its
 * paths): wrong value types and declared types, missing, extra and oddly named fields, huge and Unicode strings,
 * impossible dates, serialized Java objects and files, bodies that are not the engine's shape. The triage task
 * "confirm details" is the target. Each submission is either taken (204, the task completed) or refused with a 4xx
 * and the task stays open with no variable written, in the engine's tables or the case's.
 */
@JqwikSpringSupport
class TaskFormHostileInputTests extends MySqlCompatibleTest {

	private static final List<String> SUBMIT_PATHS = List.of("/engine-rest/task/%s/submit-form",
			"/engine-rest/task/%s/complete", "/engine-rest/engine/default/task/%s/submit-form");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService tasks;

	@Autowired
	ProcessEngine processEngine;

	private HostileHttp client;

	/** The task the next submission goes to; a new case's once a submission has completed it. */
	private Task task;

	@Property(tries = 100)
	void aHostileSubmissionIsRefusedAndTheTaskStaysOpenWithNothingWritten(@ForAll("submissions") String body,
			@ForAll("paths") String path) {
		Task target = openTask();
		Map<String, Integer> before = RowCounts.of(jdbc);

		Answer answer = http().post(path.formatted(target.getId()), "triage", "application/json",
				body.getBytes(StandardCharsets.UTF_8));

		Statistics.label("status").collect(answer.status());
		if (answer.isProblem()) {
			HostileHttp.assertHandled(answer, body);
		}
		else {
			HostileHttp.assertHandledByEngineRest(answer, body);
		}
		assertThat(answer.status()).as(body + ": " + answer).isIn(204, 400, 413, 415);
		boolean open = tasks.createTaskQuery().taskId(target.getId()).singleResult() != null;
		if (answer.status() == 204) {
			assertThat(open).as("completed by " + body).isFalse();
			task = null;
		}
		else {
			assertThat(open).as("still open after " + answer).isTrue();
			assertThat(RowCounts.of(jdbc)).as("nothing written for " + body + ": " + answer).isEqualTo(before);
		}
	}

	/**
	 * Values the form accepts, declared as another type or with hostile value info (a serialized Java object, a file
	 * named by a path, a type that does not exist): these pass the form check, and the engine must refuse them
	 * itself with a 4xx, or take them.
	 */
	@Property(tries = 40)
	void acceptableValuesUnderAHostileDeclaredTypeAreTakenOrRefusedNeverAServerError(@ForAll("types") String type,
			@ForAll("valueInfos") String valueInfo, @ForAll("paths") String path, @ForAll boolean onTheCheckbox) {
		String hostile = (type.isEmpty() ? "" : ",\"type\":" + type) + valueInfo;
		String body = "{\"variables\":{\"detailsConfirmed\":{\"value\":true%s},\"safeContactMethod\":{\"value\":\"PHONE\"%s}}}"
			.formatted(onTheCheckbox ? hostile : "", onTheCheckbox ? "" : hostile);

		aHostileSubmissionIsRefusedAndTheTaskStaysOpenWithNothingWritten(body, path);
	}

	@Provide
	Arbitrary<String> paths() {
		return Arbitraries.of(SUBMIT_PATHS);
	}

	@Provide
	Arbitrary<String> submissions() {
		Arbitrary<String> variables = variable().list()
			.ofMinSize(0)
			.ofMaxSize(5)
			.map(list -> "{\"variables\":{" + String.join(",", list) + "}}");
		Arbitrary<String> notTheEnginesShape = Arbitraries.of("", "{", "null", "[]", "\"text\"", "{\"variables\":[]}",
				"{\"variables\":null}", "{\"variables\":\"x\"}", "{\"variables\":{\"detailsConfirmed\":true}}",
				"{\"variables\":{\"detailsConfirmed\":null}}", "{\"variables\":{\"detailsConfirmed\":[]}}",
				"{\"variables\":{\"detailsConfirmed\":{\"value\":true},\"detailsConfirmed\":{\"value\":\"no\"}}}",
				"{\"variables\":{}}" + "garbage", "{\"withVariablesInReturn\":\"yes\",\"variables\":{}}",
				"{\"variables\":{\"a\":" + "[".repeat(3000) + "}}",
				"{\"variables\":{\"triageNote\":{\"value\":\"" + "x".repeat(300 * 1024) + "\"}}}");
		return Arbitraries.frequencyOf(Tuple.of(8, variables), Tuple.of(2, notTheEnginesShape));
	}

	private Arbitrary<String> variable() {
		Arbitrary<String> name = Arbitraries.frequencyOf(
				Tuple.of(6, Arbitraries.of("detailsConfirmed", "safeContactMethod", "triageNote")),
				Tuple.of(2, Arbitraries.of("victimPhone", "", " ", "riskLevel", "caseReference", "__proto__",
						"detailsConfirmed ", "DetailsConfirmed", "x".repeat(5000), "${execution.setVariable('a',1)}")),
				Tuple.of(1, HostileText.unicode()));
		Arbitrary<String> value = Arbitraries.frequencyOf(
				Tuple.of(3, Arbitraries.of("true", "false", "\"PHONE\"", "\"EMAIL\"", "\"NONE\"")),
				Tuple.of(3, Arbitraries.of("\"true\"", "1", "0", "-1", "1e309", "null", "[]", "{}", "[true]",
						"{\"value\":true}", "\"PIGEON\"", "\"phone\"", "\"\"", "\"2026-13-45T25:61:00.000+0000\"",
						"\"0000-00-00T00:00:00\"", "\"" + "x".repeat(2001) + "\"", "9223372036854775808",
						"\"rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw\"")),
				Tuple.of(2, HostileText.unicode().map(HostileText::json)));
		Arbitrary<String> type = types();
		Arbitrary<String> valueInfo = valueInfos();
		return Combinators.combine(name, value, type, valueInfo)
			.as((n, v, t, info) -> HostileText.json(n) + ":{\"value\":" + v + (t.isEmpty() ? "" : ",\"type\":" + t)
					+ info + "}");
	}

	@Provide
	Arbitrary<String> types() {
		return Arbitraries.of("", "\"Boolean\"", "\"String\"", "\"Integer\"", "\"Long\"", "\"Short\"",
				"\"Double\"", "\"Date\"", "\"Json\"", "\"Xml\"", "\"Object\"", "\"File\"", "\"Bytes\"", "\"Null\"",
				"\"boolean\"", "\"Foo\"", "\"\"", "null", "1");
	}

	@Provide
	Arbitrary<String> valueInfos() {
		return Arbitraries.of("", "",
				",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\",\"serializationDataFormat\":"
						+ "\"application/x-java-serialized-object\"}",
				",\"valueInfo\":{\"objectTypeName\":\"java.lang.Runtime\",\"serializationDataFormat\":\"application/json\"}",
				",\"valueInfo\":{\"filename\":\"../../../etc/passwd\",\"mimetype\":\"text/plain\",\"encoding\":\"UTF-16\"}",
				",\"valueInfo\":{\"transient\":\"yes\"}", ",\"valueInfo\":[]", ",\"valueInfo\":null",
				",\"valueInfo\":{\"objectTypeName\":\"java.lang.Boolean\",\"serializationDataFormat\":\"application/json\"}",
				",\"valueInfo\":{\"objectTypeName\":\"no.such.Type\",\"serializationDataFormat\":\"application/json\"}",
				",\"valueInfo\":{\"serializationDataFormat\":\"application/xml\"}");
	}

	private Task openTask() {
		if (task == null) {
			task = tasks.createTaskQuery().processInstanceBusinessKey(http().report()).singleResult();
		}
		return task;
	}

	/** Made on first use: the port is injected after jqwik's lifecycle hooks have run. */
	private HostileHttp http() {
		if (client == null) {
			// what MySqlCompatibleTest does before each JUnit test: engine REST serves this context's engine
			ProcessEngines.registerProcessEngine(processEngine);
			client = new HostileHttp(port);
		}
		return client;
	}

}
