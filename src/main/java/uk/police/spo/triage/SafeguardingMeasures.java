package uk.police.spo.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The measures {@code Task_PlanSafeguarding} can tick: form key and the code the timeline shows. */
final class SafeguardingMeasures {

	static final Map<String, String> PLAN = codes("planTargetHardening", "TARGET_HARDENING", "planPanicAlarm",
			"PANIC_ALARM", "planSafeContactAgreed", "SAFE_CONTACT_AGREED", "planEvidenceDiaryAdvice",
			"EVIDENCE_DIARY_ADVICE", "planOnlineSafetyAdvice", "ONLINE_SAFETY_ADVICE");

	/** Shown only when DMN {@code triageRisk} asked for urgent safeguarding. */
	static final Map<String, String> URGENT = codes("urgentAddressMarker", "URGENT_ADDRESS_MARKER",
			"urgentWelfareVisit", "URGENT_WELFARE_VISIT", "urgentSafePlace", "URGENT_SAFE_PLACE");

	private SafeguardingMeasures() {
	}

	static List<String> ticked(VariableScope variables) {
		Map<String, String> all = new LinkedHashMap<>(PLAN);
		all.putAll(URGENT);
		return all.entrySet()
			.stream()
			.filter(e -> Boolean.TRUE.equals(variables.getVariable(e.getKey())))
			.map(Map.Entry::getValue)
			.toList();
	}

	private static Map<String, String> codes(String... keysAndCodes) {
		Map<String, String> codes = new LinkedHashMap<>();
		for (int i = 0; i < keysAndCodes.length; i += 2) {
			codes.put(keysAndCodes[i], keysAndCodes[i + 1]);
		}
		return codes;
	}

}
