package uk.police.spo.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The server's checks of what each investigation task submits. */
class InvestigationValidationTests {

	@Test
	void aPlanNeedsALineOfEnquiryTheOrderQuestionAndItsReason() {
		PlanInvestigationValidation plan = new PlanInvestigationValidation();

		assertThat(plan.problems(Map.of("enquiryCctv", true, "considerSpoNow", false, "spoConsiderationReason",
				"Harassment only so far"))).isEmpty();
		assertThat(plan.problems(Map.of("enquiryCctv", false))).containsExactly(
				"enquiryVictimStatement: choose at least one line of enquiry",
				"considerSpoNow: say whether a Stalking Protection Order should be considered now",
				"spoConsiderationReason: give the reason for considering an order now or not (at most 2000 characters)");
		assertThat(plan.problems(Map.of("enquiryCctv", true, "considerSpoNow", "yes", "spoConsiderationReason",
				"x".repeat(2001)))).extracting(problem -> problem.split(":")[0])
			.containsExactly("considerSpoNow", "spoConsiderationReason");
	}

	@Test
	void theEvidenceLogIsConfirmedCompleteWithAWholeNumberOfItems() {
		LogEvidenceValidation log = new LogEvidenceValidation();

		assertThat(log.problems(Map.of("evidenceItemsLogged", 0, "evidenceLogComplete", true))).isEmpty();
		assertThat(log.problems(Map.of("evidenceItemsLogged", 4.0, "evidenceLogComplete", true))).isEmpty();
		assertThat(log.problems(Map.of("evidenceItemsLogged", 2.5, "evidenceLogComplete", false))).containsExactly(
				"evidenceItemsLogged: a whole number from 0 to 10000",
				"evidenceLogComplete: confirm that every item gathered is in the evidence log");
		assertThat(log.problems(Map.of("evidenceItemsLogged", -1L, "evidenceLogComplete", true))).hasSize(1);
		assertThat(log.problems(Map.of("evidenceItemsLogged", "3", "evidenceLogComplete", true))).hasSize(1);
	}

	@Test
	void aSearchNotMadeNeedsItsReason() {
		ConsiderSearchValidation search = new ConsiderSearchValidation();

		assertThat(search.problems(Map.of("searchConducted", true))).isEmpty();
		assertThat(search.problems(Map.of("searchConducted", false, "searchNotDoneReason", "No premises known")))
			.isEmpty();
		assertThat(search.problems(Map.of("searchConducted", false, "searchNotDoneReason", " ")))
			.containsExactly("searchNotDoneReason: give the reason the premises were not searched (at most 2000 characters)");
		assertThat(search.problems(Map.of())).containsExactly("searchConducted: say whether the premises were searched");
	}

	@Test
	void anArrestNotMadeNeedsItsReason() {
		ArrestSuspectValidation arrest = new ArrestSuspectValidation();

		assertThat(arrest.problems(Map.of("suspectArrested", true))).isEmpty();
		assertThat(arrest.problems(Map.of("suspectArrested", false))).extracting(p -> p.split(":")[0])
			.containsExactly("arrestNotMadeReason");
		assertThat(arrest.problems(Map.of("suspectArrested", "true"))).extracting(p -> p.split(":")[0])
			.containsExactly("suspectArrested");
	}

	@Test
	void anInterviewHasItsKindAndAMissedInterviewItsReason() {
		InterviewSuspectValidation interview = new InterviewSuspectValidation();

		assertThat(interview.problems(Map.of("suspectInterviewed", true, "interviewType", "VOLUNTARY"))).isEmpty();
		assertThat(interview.problems(Map.of("suspectInterviewed", true, "interviewType", "BY_PHONE")))
			.containsExactly("interviewType: choose one of [UNDER_ARREST, VOLUNTARY]");
		assertThat(interview.problems(Map.of("suspectInterviewed", false, "interviewNotDoneReason", "Declined")))
			.isEmpty();
		assertThat(interview.problems(Map.of("suspectInterviewed", false))).extracting(p -> p.split(":")[0])
			.containsExactly("interviewNotDoneReason");
		assertThat(interview.problems(Map.of())).extracting(p -> p.split(":")[0]).containsExactly("suspectInterviewed");
	}

	@Test
	void aChargeDecisionHasARationaleAndOtherOffencesNameTheOffence() {
		DecideChargeValidation decide = new DecideChargeValidation();

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
		RecordProsecutorsDecisionValidation prosecutors = new RecordProsecutorsDecisionValidation();

		assertThat(prosecutors.problems(Map.of("prosecutorsDecision", "NO_FURTHER_ACTION"))).isEmpty();
		assertThat(prosecutors.problems(Map.of("prosecutorsDecision", "REFER_TO_PROSECUTORS")))
			.containsExactly("prosecutorsDecision: choose one of [CHARGE, NO_FURTHER_ACTION, OTHER_OFFENCES]");
		assertThat(prosecutors.problems(Map.of("prosecutorsDecision", "OTHER_OFFENCES")))
			.extracting(p -> p.split(":")[0])
			.containsExactly("otherOffence");
	}

	@Test
	void eachVictimUpdateTaskNeedsTheUpdateConfirmedAndItsMethod() {
		for (VictimUpdateValidation update : List.of(new VictimUpdateValidation.OfArrest(),
				new VictimUpdateValidation.OfDecision())) {
			assertThat(update.problems(Map.of("victimUpdated", true, "victimUpdateMethod", "LETTER"))).isEmpty();
			Map<String, Object> notTold = new HashMap<>();
			notTold.put("victimUpdated", false);
			notTold.put("victimUpdateMethod", null);
			assertThat(update.problems(notTold)).extracting(p -> p.split(":")[0])
				.containsExactly("victimUpdated", "victimUpdateMethod");
		}
		assertThat(new VictimUpdateValidation.OfArrest().taskDefinitionKey()).isEqualTo("Task_UpdateVictimOfArrest");
		assertThat(new VictimUpdateValidation.OfDecision().taskDefinitionKey())
			.isEqualTo("Task_UpdateVictimOfDecision");
	}

}
