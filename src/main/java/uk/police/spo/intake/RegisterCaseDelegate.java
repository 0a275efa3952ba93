package uk.police.spo.intake;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseLink;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.cases.EarlierCases;
import uk.police.spo.cases.TimelineEntry;
import uk.police.spo.system.ProcessVariables;

/**
 * {@code Task_RegisterCase}: the report becomes a registered case, linked to earlier cases of the same victim or
 * suspect; {@code repeatCase} tells the rest of the process that this is a repeat.
 */
@Component
public class RegisterCaseDelegate implements JavaDelegate {

	private final CaseRecords cases;

	private final EarlierCases earlierCases;

	private final Clock clock;

	RegisterCaseDelegate(CaseRecords cases, EarlierCases earlierCases, Clock clock) {
		this.cases = cases;
		this.earlierCases = earlierCases;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID caseId = ProcessVariables.caseId(execution);
		CaseFile caseFile = cases.load(caseId);
		caseFile.moveTo(CaseStatus.REGISTERED);
		caseFile.record(new TimelineEntry(clock.instant(), "CASE_REGISTERED", "Case registered", "system"));
		List<CaseLink> links = earlierCases.link(caseFile);
		execution.setVariable(ProcessVariables.REPEAT_CASE, !links.isEmpty());
	}

}
