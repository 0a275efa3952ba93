package uk.police.spo.cases;

import java.util.UUID;

/**
 * A case's current risk level was set (triage's assessment, a reassessment after a new incident or a breach),
 * published in the transaction that sets it for what keeps its own copy of the level (tasks.WorkItems).
 * @param riskLevel HIGH, MEDIUM or STANDARD
 */
public record CaseRiskChanged(UUID caseId, String riskLevel) {
}
