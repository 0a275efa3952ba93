package uk.police.spo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.police.spo.orders.DraftTerm;
import uk.police.spo.orders.OrderEndReason;
import uk.police.spo.orders.OrderTerm;
import uk.police.spo.orders.ProtectiveOrder;
import uk.police.spo.orders.TermKind;

/** A granted variation must give the varied terms, and they replace the order's terms in force. */
class OrderVariationTests {

	static final LocalDate GRANTED_ON = LocalDate.of(2026, 1, 10);

	static final LocalDate VARIED_ON = LocalDate.of(2026, 6, 1);

	static final String ORDER_ID = "3f0c5a52-56a4-4d6e-9a0e-6f1f1a1b2c3d";

	final VariationOutcomeValidation validation = new VariationOutcomeValidation(Clock.systemUTC(),
			orderId -> ORDER_ID.equals(orderId.toString()) ? Optional.of(GRANTED_ON) : Optional.empty());

	@Test
	void aVariationCannotBeDecidedBeforeTheOrderWasMade() {
		assertThat(validation.problems(Map.of("orderId", ORDER_ID, "variationDecision", "REFUSED",
				"variationDecidedOn", "2026-01-09")))
			.containsExactly("variationDecidedOn: the court cannot have decided before the order was made, on 10 January 2026");
		assertThat(validation.problems(Map.of("orderId", ORDER_ID, "variationDecision", "REFUSED",
				"variationDecidedOn", "2026-01-10"))).isEmpty();
	}

	@Test
	void aGrantedVariationNeedsTheVariedTermsWithTheirNecessity() {
		Map<String, Object> values = new HashMap<>(Map.of("variationDecision", "GRANTED", "variationDecidedOn", "2026-06-01"));
		assertThat(validation.problems(values)).singleElement().asString().startsWith("term1Wording:");

		values.putAll(Map.of("term1Kind", "PROHIBITION", "term1Wording", "Not to enter Hitchin town centre"));
		assertThat(validation.problems(values)).singleElement().asString().startsWith("term1Necessity:");

		values.put("term1Necessity", "The defendant waited there for the victim");
		assertThat(validation.problems(values)).isEmpty();
	}

	@Test
	void aRefusedVariationNeedsNoTerms() {
		assertThat(validation.problems(Map.of("variationDecision", "REFUSED", "variationDecidedOn", "2026-06-01")))
			.isEmpty();
	}

	@Test
	void theVariedTermsApplyAndTheReplacedOnesStayOnRecordAsSuperseded() {
		ProtectiveOrder order = ProtectiveOrder.full(UUID.randomUUID(), GRANTED_ON, null, null);
		order.addTerm(TermKind.PROHIBITION, "Not to contact the person protected", "Contact was the conduct");
		order.addTerm(TermKind.REQUIREMENT, "To attend a perpetrator programme", "To address the fixation");

		order.vary(List.of(new DraftTerm.Wording(TermKind.PROHIBITION, "Not to contact the person protected or her family",
				"The defendant turned to her family")), VARIED_ON);

		assertThat(order.terms()).extracting(OrderTerm::kind, OrderTerm::wording)
			.containsExactly(tuple(TermKind.PROHIBITION, "Not to contact the person protected or her family"));
		assertThat(order.termHistory()).hasSize(3)
			.extracting(OrderTerm::wording, OrderTerm::supersededOn)
			.contains(tuple("Not to contact the person protected", Optional.of(VARIED_ON)),
					tuple("To attend a perpetrator programme", Optional.of(VARIED_ON)),
					tuple("Not to contact the person protected or her family", Optional.empty()));
	}

	@Test
	void anEndedOrderCannotBeVaried() {
		ProtectiveOrder order = ProtectiveOrder.full(UUID.randomUUID(), GRANTED_ON, null, null);
		order.addTerm(TermKind.PROHIBITION, "Not to contact the person protected", "Contact was the conduct");
		order.end(VARIED_ON, OrderEndReason.DISCHARGED);

		assertThatThrownBy(() -> order.vary(
				List.of(new DraftTerm.Wording(TermKind.PROHIBITION, "Anything", "Any reason")), VARIED_ON))
			.isInstanceOf(IllegalStateException.class);
	}

}
