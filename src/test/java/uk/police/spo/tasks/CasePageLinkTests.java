package uk.police.spo.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Every form in forms/ (every user task has one: system.ModelFilesTests) opens with the same link to its case's page,
 * reading the task-local variable {@link CasePageLink} gives every task, so that one click from any task in Tasklist
 * opens the case. CasePageBrowserTests follows the link in a real Tasklist.
 */
class CasePageLinkTests {

	static final String LINK_TEXT = "[Open the case page]({{" + CasePageLink.VARIABLE + "}}): the report, risk "
			+ "assessments, safe contact, witnesses, evidence, tasks, timeline and documents";

	@Test
	void everyFormOpensWithTheSameLinkToTheCasePage() throws IOException {
		List<Path> forms;
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
		}
		assertThat(forms).hasSizeGreaterThan(30);
		ObjectMapper json = new ObjectMapper();
		for (Path form : forms) {
			JsonNode first = json.readTree(form.toFile()).path("components").path(0);
			assertThat(first.path("id").asText()).as(form + ": first component").isEqualTo(CasePageLink.FORM_COMPONENT);
			assertThat(first.path("type").asText()).as(form.toString()).isEqualTo("text");
			assertThat(first.path("text").asText()).as(form.toString()).isEqualTo(LINK_TEXT);
		}
	}

	@Test
	void noFormSendsOfficersToTheApiForEvidence() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			assertThat(files.filter(f -> f.toString().endsWith(".form")).toList())
				.allSatisfy(form -> assertThat(Files.readString(form)).doesNotContain("/api/"));
		}
	}

}
