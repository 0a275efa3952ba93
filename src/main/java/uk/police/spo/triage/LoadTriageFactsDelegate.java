package uk.police.spo.triage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_LoadTriageFacts}: the case moves into triage; the report's relationship, incident count, consent and
 * screening answers become decision inputs and form prefill; the triage clock starts (engine time, for the timers).
 */
@Component("loadTriageFacts")
class LoadTriageFactsDelegate implements JavaDelegate {

	static final String TRIAGE_STARTED_AT = "triageStartedAt";

	private final TriageRecords records;

	LoadTriageFactsDelegate(TriageRecords records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TriageFacts facts = records.start(ProcessVariables.caseId(execution));
		execution.setVariables(facts.variables());
		execution.setVariable(TRIAGE_STARTED_AT, ClockUtil.getCurrentTime());
	}

}
