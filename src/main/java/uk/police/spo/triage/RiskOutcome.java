package uk.police.spo.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import uk.police.spo.system.RiskLevel;

/** The outputs of DMN {@code triageRisk}: the risk level and the flags that set the case's next steps. */
@Embeddable
public record RiskOutcome(
		@Column(name = "risk_level") String riskLevel,
		@Column(name = "marac_referral") boolean maracReferral,
		@Column(name = "consider_spo") boolean considerSpo,
		@Column(name = "urgent_safeguarding") boolean urgentSafeguarding) {

	/** From the decision's single result (its output names are the variable names). */
	public static RiskOutcome of(Map<String, Object> decisionResult) {
		Object level = decisionResult.get("riskLevel");
		if (!(level instanceof String text) || !RiskLevel.isOne(text)) {
			throw new IllegalStateException("triageRisk gave no risk level");
		}
		return new RiskOutcome(text, yes(decisionResult, "maracReferral"), yes(decisionResult, "considerSpo"),
				yes(decisionResult, "urgentSafeguarding"));
	}

	public Map<String, Object> variables() {
		return Map.of("riskLevel", riskLevel, "maracReferral", maracReferral, "considerSpo", considerSpo,
				"urgentSafeguarding", urgentSafeguarding);
	}

	/** The flags that are set, in words for the case timeline. */
	List<String> flagNames() {
		List<String> flags = new ArrayList<>();
		if (maracReferral) {
			flags.add("MARAC referral");
		}
		if (considerSpo) {
			flags.add("consider an SPO");
		}
		if (urgentSafeguarding) {
			flags.add("urgent safeguarding");
		}
		return flags;
	}

	private static boolean yes(Map<String, Object> result, String name) {
		return Boolean.TRUE.equals(result.get(name));
	}

}
