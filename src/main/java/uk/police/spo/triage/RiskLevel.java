package uk.police.spo.triage;

import java.util.Arrays;

/** The risk levels DMN {@code triageRisk} gives, as the process variable {@code riskLevel} holds them. */
public enum RiskLevel {

	STANDARD, MEDIUM, HIGH;

	static boolean isOne(String value) {
		return Arrays.stream(values()).anyMatch(level -> level.name().equals(value));
	}

}
