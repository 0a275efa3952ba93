package uk.police.spo.triage;

import java.time.Duration;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;
import uk.police.spo.system.RiskLevel;

/**
 * When triage is due, counted from its start ({@code triageStartedAt}): before the risk is scored, within the hour
 * when someone was in immediate danger and within a day otherwise; once scored, by the risk level. Used as the due
 * date of triage's user tasks and as its overdue timers, {@code ${triageDeadlines.due(execution)}}.
 */
@Component("triageDeadlines")
public class TriageDeadlines {

	private final Duration immediateDanger;

	private final Duration unscored;

	private final Duration high;

	private final Duration medium;

	private final Duration standard;

	TriageDeadlines(@Value("${spo.triage.deadlines.immediate-danger:PT1H}") Duration immediateDanger,
			@Value("${spo.triage.deadlines.unscored:PT24H}") Duration unscored,
			@Value("${spo.triage.deadlines.high:PT1H}") Duration high,
			@Value("${spo.triage.deadlines.medium:PT24H}") Duration medium,
			@Value("${spo.triage.deadlines.standard:PT72H}") Duration standard) {
		this.immediateDanger = immediateDanger;
		this.unscored = unscored;
		this.high = high;
		this.medium = medium;
		this.standard = standard;
	}

	public Date due(VariableScope variables) {
		if (!(variables.getVariable(LoadTriageFactsDelegate.TRIAGE_STARTED_AT) instanceof Date startedAt)) {
			throw new IllegalStateException("Triage has no start time (variable triageStartedAt)");
		}
		return new Date(startedAt.getTime() + allowed(variables).toMillis());
	}

	private Duration allowed(VariableScope variables) {
		Optional<RiskLevel> level = ProcessVariables.riskLevel(variables);
		if (level.isEmpty()) {
			return ProcessVariables.immediateDanger(variables) ? immediateDanger : unscored;
		}
		return switch (level.get()) {
			case HIGH -> high;
			case MEDIUM -> medium;
			case STANDARD -> standard;
		};
	}

}
