package uk.police.spo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Item 5: the documents module's JMH benchmark ({@code documents.FullSpoBenchmark}) run in its own JVM with the
 * suite's class path, its JSON result read back: milliseconds per full SPO on one thread and full SPOs per second
 * on two threads sharing the renderer.
 */
final class Documents {

	private Documents() {
	}

	static Map<String, Object> run(Scale scale, Path folder) throws Exception {
		Path result = folder.resolve("jmh.json");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "org.openjdk.jmh.Main", "FullSpoBenchmark", "-rf", "json",
				"-rff", result.toString()));
		command.addAll(List.of(scale.jmhOptions()));
		Process jmh = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(folder.resolve("jmh.log").toFile())
			.start();
		if (jmh.waitFor() != 0) {
			throw new IllegalStateException("JMH failed, see " + folder.resolve("jmh.log"));
		}
		Map<String, Object> documents = new LinkedHashMap<>();
		for (JsonNode benchmark : Api.JSON.readTree(Files.readString(result))) {
			String name = benchmark.path("benchmark").asText().replaceFirst(".*\\.", "");
			JsonNode metric = benchmark.path("primaryMetric");
			Map<String, Object> figure = new LinkedHashMap<>();
			figure.put("score", Latencies.round(metric.path("score").asDouble()));
			figure.put("error", Latencies.round(metric.path("scoreError").asDouble(Double.NaN)));
			figure.put("unit", metric.path("scoreUnit").asText());
			figure.put("threads", benchmark.path("threads").asInt());
			documents.put(name, figure);
		}
		System.out.printf("documents: %s (load %.1f)%n", documents, Memory.loadAverage());
		return documents;
	}

}
