package uk.police.spo.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an officer who only fills what a Camunda Form requires submits: the first option, a ticked box, a short text,
 * today, the form's minimum; an unticked box as false (as form-js submits it). And each value as engine REST's typed
 * variable.
 */
public final class FormAnswers {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormAnswers() {
	}

	/** Puts an answer for every field of {@code components} (nested ones included) that the form requires. */
	public static void required(JsonNode components, Map<String, Object> variables) {
		for (JsonNode component : components) {
			required(component.path("components"), variables);
			String key = component.path("key").asText(null);
			if (key == null) {
				continue;
			}
			if (!component.path("validate").path("required").asBoolean()) {
				if ("checkbox".equals(component.path("type").asText())) {
					variables.put(key, false);
				}
				continue;
			}
			switch (component.path("type").asText()) {
				case "checkbox" -> variables.put(key, true);
				case "select", "radio" -> variables.put(key, component.path("values").get(0).path("value").asText());
				case "number" -> variables.put(key, component.path("validate").path("min").asInt(1));
				case "datetime" -> variables.put(key, LocalDate.now(ZoneId.of("Europe/London")).toString());
				case "checklist" -> variables.put(key, List.of(component.path("values").get(0).path("value").asText()));
				default -> variables.put(key, "Recorded by the officer");
			}
		}
	}

	/** The value as engine REST takes a variable: Boolean, Long, Json (a list) or String. */
	public static Map<String, Object> typed(Object value) {
		if (value instanceof Boolean) {
			return Map.of("value", value, "type", "Boolean");
		}
		if (value instanceof Integer || value instanceof Long) {
			return Map.of("value", value, "type", "Long");
		}
		if (value instanceof List<?> list) {
			try {
				return Map.of("value", JSON.writeValueAsString(list), "type", "Json");
			}
			catch (JsonProcessingException e) {
				throw new IllegalArgumentException(e);
			}
		}
		return Map.of("value", String.valueOf(value), "type", "String");
	}

}
