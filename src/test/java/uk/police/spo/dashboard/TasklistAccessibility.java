package uk.police.spo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import com.deque.html.axecore.results.Rule;

import org.openqa.selenium.WebDriver;

import uk.police.spo.intake.browser.Accessibility;

/**
 * axe-core on a Tasklist page: with the force's customisation (config.js, user-styles.css, accessible-names.js) a
 * serious or critical finding, in Camunda's shell or in our form, fails. Every finding, of any impact, is appended to
 * target/tasklist-axe.txt; what the customisation cannot reach is listed in README.md as a known limit.
 */
final class TasklistAccessibility {

	private TasklistAccessibility() {
	}

	static void assertNoSeriousFindings(WebDriver driver, String state) {
		List<Rule> all = Accessibility.violations(driver, state);
		List<Rule> found = all.stream().filter(rule -> List.of("serious", "critical").contains(rule.getImpact())).toList();
		try {
			Files.createDirectories(Path.of("target"));
			Files.writeString(Path.of("target", "tasklist-axe.txt"), state + ":\n" + Accessibility.describe(all) + "\n",
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assertThat(found).as("serious or critical findings on %s:%n%s", state, Accessibility.describe(found)).isEmpty();
	}

}
