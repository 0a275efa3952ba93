package uk.police.spo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final Path COMMITTED = Path.of("docs/modules");

	private static final Path GENERATED = Path.of("target/modulith-docs");

	private final ApplicationModules modules = ApplicationModules.of(SpoCaseApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseEachOtherOnlyThroughTheirApi() {
		modules.verify();
	}

	/**
	 * A module's tables are its own: another module reads or changes them through the owner's API (for instance
	 * {@code cases.CaseRecords}), never through the owner's Spring Data repository.
	 */
	@Test
	void noModuleUsesAnotherModulesRepository() {
		List<String> crossings = modules.stream()
			.flatMap(module -> module.getDirectDependencies(modules).stream()
				.filter(dependency -> dependency.getTargetType().isAssignableTo(Repository.class))
				.map(dependency -> dependency.getSourceType().getName() + " -> " + dependency.getTargetType().getName()))
			.distinct()
			.toList();

		assertThat(crossings).isEmpty();
	}

	/**
	 * The module picture in docs/ is the one the code gives. The Documenter writes relations in no fixed order, so
	 * files are compared as sets of lines; when this fails, copy target/modulith-docs/* into docs/modules/.
	 */
	@Test
	void theModulePictureInDocsIsUpToDate() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeDocumentation();

		try (Stream<Path> files = Files.list(GENERATED)) {
			List<Path> generated = files.sorted().toList();
			assertThat(generated).isNotEmpty();
			for (Path file : generated) {
				Path committed = COMMITTED.resolve(file.getFileName());
				assertThat(committed).as("docs/modules is out of date: copy %s into it", GENERATED).exists();
				assertThat(Files.readAllLines(committed)).as("%s is out of date: copy %s into docs/modules", committed,
						file)
					.containsExactlyInAnyOrderElementsOf(Files.readAllLines(file));
			}
		}
	}

}
