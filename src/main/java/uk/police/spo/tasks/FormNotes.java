package uk.police.spo.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The free-text fields of the deployed Camunda Forms (every textarea). Their text is the officers' own words and may
 * name people: it is kept in the case's tables, never in the engine's history. Those listed in {@link #KEPT_AS_NOTES}
 * have no other home than the case's notes; the rest are stored by their capability (terms, reasons for an action,
 * the three-part test) and leave the process variables there.
 */
final class FormNotes {

	static final Set<String> KEPT_AS_NOTES = Set.of("triageNote", "harassmentOnlyReason", "stalkingWithoutFourReason",
			"safeguardingNote", "dangerResponseNote", "closureNote", "retentionReason", "victimUpdateMethodReason");

	private FormNotes() {
	}

	static Set<String> freeTextFields() {
		Set<String> keys = new HashSet<>();
		ObjectMapper json = new ObjectMapper();
		try {
			for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
				try (InputStream in = form.getInputStream()) {
					collect(json.readTree(in).path("components"), keys);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the forms to find their free-text fields", e);
		}
		return Set.copyOf(keys);
	}

	private static void collect(JsonNode components, Set<String> keys) {
		for (JsonNode component : components) {
			if ("textarea".equals(component.path("type").asText()) && component.hasNonNull("key")) {
				keys.add(component.get("key").asText());
			}
			collect(component.path("components"), keys);
		}
	}

}
