package uk.police.spo.intake;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRepository;
import uk.police.spo.cases.CaseStatus;
import uk.police.spo.cases.TimelineEntry;

/** {@code Task_RegisterCase}: the report becomes a registered case. */
@Component
public class RegisterCaseDelegate implements JavaDelegate {

	private final CaseRepository cases;

	private final Clock clock;

	RegisterCaseDelegate(CaseRepository cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
		CaseFile caseFile = cases.findById(caseId)
			.orElseThrow(() -> new IllegalStateException("No case " + caseId + " for " + execution.getBusinessKey()));
		caseFile.moveTo(CaseStatus.REGISTERED);
		caseFile.record(new TimelineEntry(clock.instant(), "CASE_REGISTERED", "Case registered", "system"));
	}

}
