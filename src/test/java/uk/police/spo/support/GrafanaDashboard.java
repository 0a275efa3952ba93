package uk.police.spo.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The provisioned Grafana dashboard of docker-compose.yml (monitoring/grafana/dashboards), read for the tests. */
public record GrafanaDashboard(JsonNode json) {

	public static final Path FILE = Path.of("monitoring/grafana/dashboards/spo-case-system.json");

	/** The uid of the Prometheus data source Grafana is provisioned with. */
	public static final String DATASOURCE_UID = "spo-prometheus";

	/** Metric names as Prometheus shows them: the application's and Spring Boot's. */
	private static final Pattern METRIC = Pattern.compile("\\b((?:spo|http|jvm|hikaricp)_[a-z0-9_]+)\\b");

	public static GrafanaDashboard read() throws IOException {
		return new GrafanaDashboard(new ObjectMapper().readTree(FILE.toFile()));
	}

	/** Every panel query's PromQL. */
	public List<String> expressions() {
		List<String> expressions = new ArrayList<>();
		json.path("panels").forEach(panel -> panel.path("targets")
			.forEach(target -> expressions.add(target.path("expr").asText())));
		return expressions;
	}

	/** The metric names the queries read. */
	public Set<String> metrics() {
		Set<String> names = new TreeSet<>();
		for (String expression : expressions()) {
			Matcher matcher = METRIC.matcher(expression);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	/** The data sources the panels and their queries name. */
	public Set<String> datasourceUids() {
		Set<String> uids = new TreeSet<>();
		json.path("panels").forEach(panel -> {
			uids.add(panel.path("datasource").path("uid").asText());
			panel.path("targets").forEach(target -> uids.add(target.path("datasource").path("uid").asText()));
		});
		return uids;
	}

}
