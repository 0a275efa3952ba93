package uk.police.spo.intake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page as it is now. */
public final class Accessibility {

	private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private Accessibility() {
	}

	/** Fails with each rule's id, impact and the elements it found when a serious or critical violation is present. */
	public static void assertNoSeriousViolations(WebDriver driver, String state) {
		Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
		assertThat(results.getErrorMessage()).as("axe-core ran on %s", state).isNull();
		List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
		assertThat(blocking).as("serious or critical accessibility violations on %s:%n%s", state, describe(blocking))
			.isEmpty();
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
					+ rule.getNodes().stream().map(node -> "    " + node.getTarget()).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

}
