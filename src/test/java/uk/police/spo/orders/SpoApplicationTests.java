package uk.police.spo.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SpoApplicationTests {

	static final UUID CASE = UUID.randomUUID();

	static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	static final ThreePartTest MET = new ThreePartTest(true, "acts", true, "risk", true, "necessary");

	static final List<DraftTerm.Wording> TERMS = List.of(
			new DraftTerm.Wording(TermKind.PROHIBITION, "Not to contact the protected person", "Contact is the harm"),
			new DraftTerm.Wording(TermKind.REQUIREMENT, "Attend a programme", "Addresses the fixation"));

	@Test
	void anApplicationNeedsAllThreePartsOfTheTest() {
		ThreePartTest notNecessary = new ThreePartTest(true, "acts", true, "risk", false, "other measures suffice");

		assertThatThrownBy(
				() -> SpoApplication.decide(CASE, notNecessary, true, false, AreaCondition.LIVES_IN_AREA, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(SpoApplication.decide(CASE, notNecessary, false, false, null, NOW).status())
			.isEqualTo(SpoApplicationStatus.NOT_APPLIED);
		SpoApplication applying = SpoApplication.decide(CASE, MET, true, true, AreaCondition.COMING_TO_AREA, NOW);
		assertThat(applying.status()).isEqualTo(SpoApplicationStatus.DRAFTING);
		assertThat(applying.areaCondition()).contains(AreaCondition.COMING_TO_AREA);
		assertThat(SpoApplication.decide(CASE, MET, false, false, AreaCondition.IN_AREA, NOW).areaCondition()).isEmpty();
	}

	@Test
	void aDraftNeedsATermAndAtLeastTwoYearsOrUntilFurtherOrder() {
		SpoApplication application = SpoApplication.decide(CASE, MET, true, false, AreaCondition.LIVES_IN_AREA, NOW);

		assertThatThrownBy(() -> application.draft(List.of(), false, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> application.draft(TERMS, false, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DraftTerm.Wording(TermKind.PROHIBITION, "No contact", " "))
			.isInstanceOf(IllegalArgumentException.class);

		application.draft(TERMS, true, 3);
		assertThat(application.status()).isEqualTo(SpoApplicationStatus.IN_REVIEW);
		assertThat(application.durationYears()).contains(3);
		assertThat(application.untilFurtherOrder()).isFalse();
	}

	@Test
	void sendingBackNeedsReasonsAndReturnsToDrafting() {
		SpoApplication application = SpoApplication.decide(CASE, MET, true, false, AreaCondition.LIVES_IN_AREA, NOW);
		application.draft(TERMS, false, null);

		assertThatThrownBy(() -> application.sendBack(" ")).isInstanceOf(IllegalArgumentException.class);
		application.sendBack("Term 2 is not necessary");

		assertThat(application.status()).isEqualTo(SpoApplicationStatus.DRAFTING);
		assertThatThrownBy(() -> application.lodge(NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theInterimOrderCarriesTheDraftedTermsInOrder() {
		SpoApplication application = lodged();
		application.listed(HearingKind.INTERIM, TODAY, NOW);
		application.decided(CourtOutcome.INTERIM_GRANTED, null, TODAY, NOW);

		ProtectiveOrder interim = application.grantInterim(TODAY, TODAY.plusMonths(6));

		assertThat(interim.kind()).isEqualTo(OrderKind.INTERIM);
		assertThat(interim.caseId()).isEqualTo(CASE);
		assertThat(interim.endsOn()).contains(TODAY.plusMonths(6));
		assertThat(interim.terms()).extracting(OrderTerm::position, OrderTerm::kind, OrderTerm::wording,
				OrderTerm::necessity)
			.containsExactly(
					tuple(1, TermKind.PROHIBITION, "Not to contact the protected person",
							"Contact is the harm"),
					tuple(2, TermKind.REQUIREMENT, "Attend a programme",
							"Addresses the fixation"));
		assertThat(application.status()).isEqualTo(SpoApplicationStatus.INTERIM_GRANTED);
		assertThatThrownBy(() -> application.grantInterim(TODAY, TODAY.plusMonths(6)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theFullOrderSupersedesAnInterimOrderStillInForce() {
		SpoApplication application = lodged();
		ProtectiveOrder interim = application.grantInterim(TODAY, TODAY.plusMonths(6));

		ProtectiveOrder full = application.grantFull(TODAY.plusMonths(1), null, interim);

		assertThat(full.kind()).isEqualTo(OrderKind.FULL);
		assertThat(full.untilFurtherOrder()).isTrue();
		assertThat(full.terms()).hasSize(2);
		assertThat(full.supersedesOrderId()).contains(interim.id());
		assertThat(interim.status()).isEqualTo(OrderStatus.ENDED);
		assertThat(interim.endReason()).contains(OrderEndReason.SUPERSEDED);
		assertThat(interim.endedOn()).contains(TODAY.plusMonths(1));
		assertThat(application.status()).isEqualTo(SpoApplicationStatus.FULL_GRANTED);
	}

	@Test
	void aFullOrderOnAppealSupersedesNothingWhenTheInterimOrderEndedWithTheRefusal() {
		SpoApplication application = lodged();
		ProtectiveOrder interim = application.grantInterim(TODAY, TODAY.plusMonths(6));
		application.refuse(TODAY, interim);
		assertThat(interim.endReason()).contains(OrderEndReason.MAIN_APPLICATION_REFUSED);
		application.decideOnAppeal("Misapplied the test");
		application.lodgeAppeal();

		ProtectiveOrder full = application.grantFull(TODAY.plusMonths(2), TODAY.plusYears(3), interim);

		assertThat(full.supersedesOrderId()).isEmpty();
		assertThat(full.endsOn()).contains(TODAY.plusYears(3));
		assertThat(interim.endReason()).contains(OrderEndReason.MAIN_APPLICATION_REFUSED);
	}

	@Test
	void anAdjournmentListsTheNextHearingOfTheSameKind() {
		SpoApplication application = lodged();
		application.listed(HearingKind.FULL, TODAY, NOW);

		assertThatThrownBy(() -> application.decided(CourtOutcome.ADJOURNED, null, TODAY, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		application.decided(CourtOutcome.ADJOURNED, TODAY.plusWeeks(3), TODAY, NOW);

		assertThat(application.openHearing()).hasValueSatisfying(next -> {
			assertThat(next.kind()).isEqualTo(HearingKind.FULL);
			assertThat(next.hearingOn()).isEqualTo(TODAY.plusWeeks(3));
		});
	}

	@Test
	void anOutcomeWithoutAListedHearingIsAcceptedOnlyFromTheCrownCourt() {
		SpoApplication application = lodged();
		assertThatThrownBy(() -> application.decided(CourtOutcome.REFUSED, null, TODAY, NOW))
			.isInstanceOf(IllegalStateException.class);

		application.refuse(TODAY, null);
		application.decideOnAppeal("Misapplied the test");
		application.lodgeAppeal();
		application.decided(CourtOutcome.REFUSED, null, TODAY, NOW);

		assertThat(application.hearings()).singleElement().satisfies(hearing -> {
			assertThat(hearing.kind()).isEqualTo(HearingKind.APPEAL);
			assertThat(hearing.hearingOn()).isEqualTo(TODAY);
			assertThat(hearing.outcome()).contains(CourtOutcome.REFUSED);
		});
	}

	private static SpoApplication lodged() {
		SpoApplication application = SpoApplication.decide(CASE, MET, true, false, AreaCondition.LIVES_IN_AREA, NOW);
		application.draft(TERMS, true, null);
		application.approve();
		application.lodge(NOW);
		return application;
	}

}
