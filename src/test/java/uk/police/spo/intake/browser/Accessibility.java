package uk.police.spo.intake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.naming.OperationNotSupportedException;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page as it is now. */
public final class Accessibility {

	private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static String axeSource;

	private Accessibility() {
	}

	/** Fails with each rule's id, impact and the elements it found when a serious or critical violation is present. */
	public static void assertNoSeriousViolations(WebDriver driver, String state) {
		List<Rule> blocking = seriousViolations(driver, state);
		assertThat(blocking).as("serious or critical accessibility violations on %s:%n%s", state, describe(blocking))
			.isEmpty();
	}

	/** The serious and critical violations on the page as it is now, each with the elements it found. */
	public static List<Rule> seriousViolations(WebDriver driver, String state) {
		return violations(driver, state).stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
	}

	/** Every violation on the page as it is now, whatever its impact. */
	public static List<Rule> violations(WebDriver driver, String state) {
		// The report page has no frames (and forbids them), so axe runs in the page itself ("legacy mode") rather than
		// frame by frame with a second browser window to combine the parts; and it is loaded once per page, not once
		// per check. Both only save time: the rules and their results are the same.
		AxeBuilder axe = new AxeBuilder().withTags(WCAG_AA).setLegacyMode(true);
		axe.setInjectAxe(browser -> loadOnce(browser, axe), false);
		Results results = axe.analyze(driver);
		assertThat(results.getErrorMessage()).as("axe-core ran on %s", state).isNull();
		return results.getViolations();
	}

	private static void loadOnce(WebDriver driver, AxeBuilder axe) {
		JavascriptExecutor page = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
			page.executeScript(source(axe));
		}
	}

	private static synchronized String source(AxeBuilder axe) {
		if (axeSource == null) {
			try {
				axeSource = axe.getAxeScriptProvider().getScript();
			}
			catch (IOException | OperationNotSupportedException e) {
				throw new IllegalStateException("axe-core's script is missing from the axe-core/selenium jar", e);
			}
		}
		return axeSource;
	}

	public static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
					+ rule.getNodes().stream().map(node -> "    " + node.getTarget()).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

}
