package uk.police.spo.packaged.faults;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import uk.police.spo.packaged.RunningJar;

/**
 * An officer working a case's triage through engine REST as Tasklist does: the case's open task, its deployed form's
 * required fields filled, plus the answers below, posted to {@code submit-form}. The answers make the case high risk
 * (a MARAC referral) with housing and advocacy accepted (two more referrals): three deliveries per case.
 */
final class Officer {

	static final Map<String, Map<String, Object>> ANSWERS = Map.of("Task_ConfirmDetails",
			Map.of("safeContactMethod", "PHONE"), "Task_ClassifyConduct",
			Map.of("stalkingQuestion", "YES",
					"fixated", "YES", "obsessive", "YES", "unwanted", "YES", "repeated", "YES", "incidentCount", 4L,
					"classification", "STALKING_8Q", "conductCrimeReference", "41/12345/26", "otherOffence", "NONE"),
			"Task_ScreenRisk",
			Map.of("yesAnswers", 15L, "dashStalkingQuestion", "YES", "victimVeryFrightened", true, "threatsOfViolence", true,
					"followedVictim", true),
			"Task_PlanSafeguarding",
			Map.of("planPanicAlarm", true, "urgentWelfareVisit", true, "housingNeed", true, "wantsAdvocacy", true),
			"Task_RecordReferralConsent", Map.of("housingReferralAnswer", "ACCEPTED", "advocacyReferralAnswer", "ACCEPTED"));

	/** A read that did not answer 200. */
	static final class Refused extends RuntimeException {

		final transient HttpResponse<String> answer;

		Refused(HttpResponse<String> answer) {
			super("answered " + answer.statusCode());
			this.answer = answer;
		}

	}

	private final FaultRig rig;

	Officer(FaultRig rig) {
		this.rig = rig;
	}

	/** The case's open triage task, if any, as {@code [id, key]}. */
	String[] openTriageTask(RunningJar node, String reference) throws Exception {
		HttpResponse<String> tasks = rig.get(node, "/engine-rest/task?processInstanceBusinessKey="
				+ URLEncoder.encode(reference, StandardCharsets.UTF_8), FaultRig.OFFICER, rig.officerPassword);
		if (tasks.statusCode() != 200) {
			throw new Refused(tasks);
		}
		for (JsonNode task : rig.json.readTree(tasks.body())) {
			if (ANSWERS.containsKey(task.path("taskDefinitionKey").asText())) {
				return new String[] { task.path("id").asText(), task.path("taskDefinitionKey").asText() };
			}
		}
		return null;
	}

	/** Submits the task's form; {@code reader} reads the form, {@code submitter} submits (they may be two nodes). */
	HttpResponse<String> complete(RunningJar reader, RunningJar submitter, String taskId, String taskKey) throws Exception {
		HttpResponse<String> form = rig.get(reader, "/engine-rest/task/" + taskId + "/deployed-form", FaultRig.OFFICER,
				rig.officerPassword);
		if (form.statusCode() != 200) {
			throw new Refused(form);
		}
		Map<String, Object> values = new LinkedHashMap<>();
		required(rig.json.readTree(form.body()).path("components"), values);
		values.putAll(ANSWERS.get(taskKey));
		Map<String, Object> typed = new HashMap<>();
		values.forEach((key, value) -> typed.put(key, typed(value)));
		return rig.send(submitter, "POST", "/engine-rest/task/" + taskId + "/submit-form",
				rig.json.writeValueAsString(Map.of("variables", typed)), FaultRig.OFFICER, rig.officerPassword);
	}

	/** As form-js submits: every required field filled (first option, a ticked box, a short text), boxes false. */
	private static void required(JsonNode components, Map<String, Object> variables) {
		for (JsonNode component : components) {
			required(component.path("components"), variables);
			String key = component.path("key").asText(null);
			if (key == null) {
				continue;
			}
			String type = component.path("type").asText();
			if (!component.path("validate").path("required").asBoolean()) {
				if ("checkbox".equals(type)) {
					variables.put(key, false);
				}
				continue;
			}
			switch (type) {
				case "checkbox" -> variables.put(key, true);
				case "select", "radio" -> variables.put(key, component.path("values").get(0).path("value").asText());
				case "number" -> variables.put(key, (long) component.path("validate").path("min").asInt(1));
				case "datetime" -> variables.put(key, LocalDate.now(ZoneId.of("Europe/London")).toString());
				case "checklist" -> variables.put(key, List.of(component.path("values").get(0).path("value").asText()));
				default -> variables.put(key, "Recorded by the officer");
			}
		}
	}

	private Map<String, Object> typed(Object value) {
		if (value instanceof Boolean) {
			return Map.of("value", value, "type", "Boolean");
		}
		if (value instanceof Long) {
			return Map.of("value", value, "type", "Long");
		}
		if (value instanceof List<?> list) {
			try {
				return Map.of("value", rig.json.writeValueAsString(list), "type", "Json");
			}
			catch (com.fasterxml.jackson.core.JsonProcessingException e) {
				throw new IllegalArgumentException(e);
			}
		}
		return Map.of("value", String.valueOf(value), "type", "String");
	}

}
