package uk.police.spo.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.police.spo.tasks.TaskFormValidator;

/** What {@code Task_InterviewSuspect} must submit. */
@Component
class InterviewSuspectValidation implements TaskFormValidator {

	@Override
	public String taskDefinitionKey() {
		return "Task_InterviewSuspect";
	}

	@Override
	public List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		FormChecks check = new FormChecks(values, problems);
		Boolean interviewed = check.yesOrNo("suspectInterviewed", "say whether the suspect was interviewed");
		if (Boolean.TRUE.equals(interviewed)) {
			check.oneOf("interviewType", InvestigationCodes.INTERVIEW_TYPES);
		}
		else if (Boolean.FALSE.equals(interviewed)) {
			check.text("interviewNotDoneReason", "give the reason the suspect was not interviewed");
		}
		return problems;
	}

}
