package uk.police.spo.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.SafeContactMethod;
import uk.police.spo.tasks.FormSubmission;
import uk.police.spo.tasks.TaskRule;

/** The server's checks of what each investigation task submits: its deployed form, and the plan's and log's rules. */
class InvestigationValidationTests {

	@Test
	void aPlanNeedsALineOfEnquiryTheOrderQuestionAndItsReason() {
		FormSubmission plan = FormSubmission.of("investigation-plan", new PlanInvestigationValidation());

		assertThat(plan.problems(plan.asTasklistSends(Map.of("enquiryCctv", true, "considerSpoNow", false,
				"spoConsiderationReason", "Harassment only so far")))).isEmpty();
		assertThat(plan.problems(Map.of("enquiryCctv", false, "considerSpoNow", "no"))).containsExactly(
				"considerSpoNow: tick for yes, leave for no", "spoConsiderationReason: required",
				"enquiryVictimStatement: choose at least one line of enquiry");
		assertThat(plan.problems(plan.asTasklistSends(Map.of("enquiryCctv", true, "considerSpoNow", "yes",
				"spoConsiderationReason", "x".repeat(2001))))).extracting(problem -> problem.split(":")[0])
			.containsExactly("considerSpoNow", "spoConsiderationReason");
	}

	@Test
	void theEvidenceLogIsConfirmedCompleteWithAWholeNumberOfItems() {
		FormSubmission log = FormSubmission.of("investigation-log-evidence");

		assertThat(log.problems(Map.of("evidenceItemsLogged", 0, "evidenceLogComplete", true))).isEmpty();
		assertThat(log.problems(Map.of("evidenceItemsLogged", 4.0, "evidenceLogComplete", true))).isEmpty();
		assertThat(log.problems(Map.of("evidenceItemsLogged", 2.5, "evidenceLogComplete", false))).containsExactly(
				"evidenceItemsLogged: a whole number from 0 to 10000", "evidenceLogComplete: tick to confirm");
		assertThat(log.problems(Map.of("evidenceItemsLogged", -1L, "evidenceLogComplete", true))).hasSize(1);
		assertThat(log.problems(Map.of("evidenceItemsLogged", "3", "evidenceLogComplete", true))).hasSize(1);
	}

	@Test
	void theCountOfItemsIsTheEvidenceLogsOwn() {
		String caseId = UUID.randomUUID().toString();
		LogEvidenceValidation log = new LogEvidenceValidation(id -> id.toString().equals(caseId) ? 2 : 0);

		assertThat(log.problems(Map.of("caseId", caseId, "evidenceItemsLogged", 2L, "evidenceLogComplete", true)))
			.isEmpty();
		assertThat(log.problems(Map.of("caseId", caseId, "evidenceItemsLogged", 3L, "evidenceLogComplete", true)))
			.containsExactly("evidenceItemsLogged: the evidence log holds 2 item(s); upload each item through the "
					+ "case's evidence API first, or correct the number");
	}

	@Test
	void theVictimIsToldTheWayTheyAgreedIsSafeOrTheOfficerSaysWhyNot() {
		String caseId = UUID.randomUUID().toString();
		FormSubmission update = FormSubmission.of("investigation-update-victim", new VictimUpdateMethodRule(
				"Task_UpdateVictimOfDecision", id -> Optional.of(SafeContactMethod.EMAIL)));

		assertThat(update.problems(Map.of("caseId", caseId, "victimUpdated", true, "victimUpdateMethod", "EMAIL")))
			.isEmpty();
		assertThat(update.problems(Map.of("caseId", caseId, "victimUpdated", true, "victimUpdateMethod", "PHONE")))
			.containsExactly("victimUpdateMethodReason: the victim agreed to be contacted by email; say why you used "
					+ "another way");
		assertThat(update.problems(Map.of("caseId", caseId, "victimUpdated", true, "victimUpdateMethod", "PHONE",
				"victimUpdateMethodReason", "Email bounced; phoned at a safe time"))).isEmpty();
	}

	@Test
	void theClosureUpdateRecordsItsMethodUnderTheSameRule() {
		String caseId = UUID.randomUUID().toString();
		TaskRule closure = new VictimUpdateRules().victimOfClosureUpdateMethod(victimAgreed(SafeContactMethod.EMAIL));
		FormSubmission update = FormSubmission.of("case-victim-closure-update", closure);
		Map<String, Object> notSafe = new HashMap<>(
				Map.of("caseId", caseId, "victimInformed", true, "victimUpdateMethod", "NOT_SAFE"));

		assertThat(closure.taskDefinitionKey()).isEqualTo("Task_InformVictimOfClosure");
		assertThat(update.problems(notSafe)).extracting(p -> p.split(":")[0]).containsExactly("victimUpdateMethodReason");
		notSafe.put("victimUpdateMethodReason", "Suspect now lives with the victim's sister");
		assertThat(update.problems(notSafe)).isEmpty();
		assertThat(update.problems(Map.of("caseId", caseId, "victimInformed", true))).extracting(p -> p.split(":")[0])
			.containsExactly("victimUpdateMethod");
	}

	@Test
	void theBailUpdateHasTheRuleOfTheOtherUpdates() {
		TaskRule bail = new VictimUpdateRules().victimOfBailUpdateMethod(victimAgreed(SafeContactMethod.PHONE));
		FormSubmission update = FormSubmission.of("investigation-update-victim", bail);

		assertThat(bail.taskDefinitionKey()).isEqualTo("Task_UpdateVictimOfBail");
		assertThat(update.problems(Map.of("caseId", UUID.randomUUID().toString(), "victimUpdated", true,
				"victimUpdateMethod", "LETTER"))).extracting(p -> p.split(":")[0]).containsExactly("victimUpdateMethodReason");
	}

	private static CaseRecords victimAgreed(SafeContactMethod method) {
		CaseRecords cases = mock(CaseRecords.class);
		when(cases.agreedSafeContact(any())).thenReturn(Optional.of(method));
		return cases;
	}

	@Test
	void aSearchNotMadeNeedsItsReason() {
		FormSubmission search = FormSubmission.of("investigation-consider-search");

		assertThat(search.problems(Map.of("searchConducted", true))).isEmpty();
		assertThat(search.problems(Map.of("searchConducted", false, "searchNotDoneReason", "No premises known")))
			.isEmpty();
		assertThat(search.problems(Map.of("searchConducted", false, "searchNotDoneReason", "")))
			.containsExactly("searchNotDoneReason: required");
		assertThat(search.problems(Map.of("searchConducted", "no"))).containsExactly(
				"searchConducted: tick for yes, leave for no", "searchNotDoneReason: required");
	}

	@Test
	void anArrestNotMadeNeedsItsReason() {
		FormSubmission arrest = FormSubmission.of("investigation-arrest-suspect");

		assertThat(arrest.problems(Map.of("suspectArrested", true))).isEmpty();
		assertThat(arrest.problems(Map.of("suspectArrested", false))).extracting(p -> p.split(":")[0])
			.containsExactly("arrestNotMadeReason");
		assertThat(arrest.problems(Map.of("suspectArrested", "true", "arrestNotMadeReason", "Not found")))
			.extracting(p -> p.split(":")[0])
			.containsExactly("suspectArrested");
	}

	@Test
	void anInterviewHasItsKindAndAMissedInterviewItsReason() {
		FormSubmission interview = FormSubmission.of("investigation-interview-suspect");

		assertThat(interview.problems(Map.of("suspectInterviewed", true, "interviewType", "VOLUNTARY"))).isEmpty();
		assertThat(interview.problems(Map.of("suspectInterviewed", true, "interviewType", "UNDER_ARREST")))
			.as("what followed the interview under arrest: a release is told to the victim")
			.extracting(p -> p.split(":")[0])
			.containsExactly("bailDecision");
		assertThat(interview.problems(Map.of("suspectInterviewed", true, "interviewType", "UNDER_ARREST",
				"bailDecision", "RELEASED_UNDER_INVESTIGATION"))).isEmpty();
		assertThat(interview.problems(Map.of("suspectInterviewed", true, "interviewType", "BY_PHONE")))
			.containsExactly("interviewType: choose one of [UNDER_ARREST, VOLUNTARY]");
		assertThat(interview.problems(Map.of("suspectInterviewed", false, "interviewNotDoneReason", "Declined")))
			.isEmpty();
		assertThat(interview.problems(Map.of("suspectInterviewed", false))).extracting(p -> p.split(":")[0])
			.containsExactly("interviewNotDoneReason");
		assertThat(interview.problems(Map.of("suspectInterviewed", "no"))).extracting(p -> p.split(":")[0])
			.contains("suspectInterviewed");
	}

	@Test
	void aChargeDecisionHasARationaleAndOtherOffencesNameTheOffence() {
		FormSubmission decide = FormSubmission.of("investigation-decide-charge");

		assertThat(decide.problems(Map.of("chargeDecision", "REFER_TO_PROSECUTORS", "chargeRationale", "Complex")))
			.isEmpty();
		assertThat(decide.problems(Map.of("chargeDecision", "OTHER_OFFENCES", "chargeRationale", "Damage only")))
			.extracting(p -> p.split(":")[0])
			.containsExactly("otherOffence");
		assertThat(decide.problems(Map.of("chargeDecision", "OTHER_OFFENCES", "chargeRationale", "Damage only",
				"otherOffence", "CRIMINAL_DAMAGE"))).isEmpty();
		assertThat(decide.problems(Map.of("chargeDecision", "CAUTION"))).extracting(p -> p.split(":")[0])
			.containsExactly("chargeDecision", "chargeRationale");
	}

	@Test
	void theProsecutorsDecideACaseTheyCannotReferOn() {
		FormSubmission prosecutors = FormSubmission.of("investigation-prosecutors-decision");

		assertThat(prosecutors.problems(Map.of("prosecutorsDecision", "NO_FURTHER_ACTION"))).isEmpty();
		assertThat(prosecutors.problems(Map.of("prosecutorsDecision", "REFER_TO_PROSECUTORS")))
			.containsExactly("prosecutorsDecision: choose one of [CHARGE, NO_FURTHER_ACTION, OTHER_OFFENCES]");
		assertThat(prosecutors.problems(Map.of("prosecutorsDecision", "OTHER_OFFENCES")))
			.extracting(p -> p.split(":")[0])
			.containsExactly("otherOffence");
	}

	@Test
	void eachVictimUpdateTaskNeedsTheUpdateConfirmedAndItsMethod() throws IOException {
		FormSubmission update = FormSubmission.of("investigation-update-victim");

		assertThat(update.problems(Map.of("victimUpdated", true, "victimUpdateMethod", "LETTER"))).isEmpty();
		Map<String, Object> notTold = new HashMap<>();
		notTold.put("victimUpdated", false);
		notTold.put("victimUpdateMethod", null);
		assertThat(update.problems(notTold)).extracting(p -> p.split(":")[0])
			.containsExactly("victimUpdated", "victimUpdateMethod");
		String investigation = Files.readString(Path.of("processes/caseInvestigation.bpmn"));
		for (String task : List.of("Task_UpdateVictimOfArrest", "Task_UpdateVictimOfBail", "Task_UpdateVictimOfDecision")) {
			assertThat(investigation).containsPattern("id=\"" + task + "\"[^>]*camunda:formRef=\"investigation-update-victim\"");
		}
	}

}
