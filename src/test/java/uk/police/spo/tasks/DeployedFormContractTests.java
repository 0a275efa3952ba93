package uk.police.spo.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import uk.police.spo.tasks.FormViolations.Violation;

/**
 * Every constraint every form in forms/ declares is enforced by the server's reading of the form, generated from the
 * forms themselves: a submission that meets the form passes, and one that breaks a single constraint is refused
 * naming its field. {@link DeployedFormRefusalTests} makes the same submissions through engine REST.
 */
class DeployedFormContractTests {

	@TestFactory
	Stream<DynamicContainer> everyDeclaredConstraintOfEveryFormIsEnforced() {
		return FormViolations.formIds().stream().map(formId -> {
			FormViolations form = FormViolations.of(formId);
			List<Violation> violations = form.violations();
			DynamicTest valid = dynamicTest("a submission that meets the form",
					() -> assertThat(form.form.problems(withProcess(form, form.valid()))).isEmpty());
			Stream<DynamicTest> refused = violations.stream()
				.map(violation -> dynamicTest(violation.field() + " breaks " + violation.constraint(),
						() -> assertThat(form.form.problems(withProcess(form, violation.values())))
							.anyMatch(problem -> problem.startsWith(violation.field() + ": "))));
			return dynamicContainer(formId, Stream.concat(Stream.of(valid), refused));
		});
	}

	@Test
	void everyFormDeclaresConstraints() {
		assertThat(FormViolations.formIds()).hasSizeGreaterThan(30)
			.allSatisfy(formId -> assertThat(FormViolations.of(formId).violations()).isNotEmpty());
	}

	@Test
	void aHiddenFieldIsNotRequired() {
		FormContract charge = FormViolations.of("investigation-decide-charge").form;

		assertThat(charge.problems(Map.of("chargeDecision", "CHARGE", "chargeRationale", "Evidenced"))).isEmpty();
		assertThat(charge.problems(Map.of("chargeDecision", "OTHER_OFFENCES", "chargeRationale", "Evidenced")))
			.containsExactly("otherOffence: required");
	}

	private static Map<String, Object> withProcess(FormViolations form, Map<String, Object> values) {
		Map<String, Object> all = new HashMap<>(form.processVariables);
		all.putAll(values);
		return all;
	}

}
