package uk.police.spo.system;

import java.util.Arrays;

/**
 * The risk levels DMN {@code triageRisk} gives, as the process variable {@code riskLevel} holds them (by name): shared,
 * since the task labels, the deadlines and the victim's updates all depend on it.
 */
public enum RiskLevel {

	STANDARD, MEDIUM, HIGH;

	public static boolean isOne(String value) {
		return Arrays.stream(values()).anyMatch(level -> level.name().equals(value));
	}

}
