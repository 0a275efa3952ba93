package uk.police.spo.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every shell block of the README is run somewhere in CI: the examples against the started jar
 * ({@link PackagedApplicationIT}), the build and lint commands by {@code .ci/run} itself, the compose file by
 * {@code docker-compose config} there. A new block that none of them runs fails here until one does.
 */
class ReadmeBlocksTests {

	private static final Pattern SINGLE_TEST = Pattern.compile("-Dtest='?(\\w+)");

	@Test
	void everyReadmeBlockIsRunByCi() throws Exception {
		String ci = Files.readString(Path.of(".ci/run"));
		assertThat(Readme.bashBlocks()).isNotEmpty().allSatisfy(block -> {
			if (block.contains("curl") || block.contains("java -jar")) {
				return; // PackagedApplicationIT runs it against the jar
			}
			if (block.contains("docker compose up")) {
				assertThat(ci).contains("docker-compose -f docker-compose.yml config");
				return;
			}
			block.lines().map(line -> line.replaceFirst("\\s*#.*$", "").trim()).filter(line -> !line.isEmpty())
				.forEach(line -> {
					for (String command : line.split("&&")) {
						assertThat(ranByCi(command.trim(), ci)).as("README command '%s' is run by CI", command.trim())
							.isTrue();
					}
				});
		});
	}

	private static boolean ranByCi(String command, String ci) throws RuntimeException {
		Matcher test = SINGLE_TEST.matcher(command);
		if (command.startsWith("./mvnw test") && test.find()) {
			// one test of the suite that ./mvnw verify runs: the class must exist
			try (var files = Files.walk(Path.of("src/test/java"))) {
				String name = test.group(1) + ".java";
				return files.anyMatch(p -> p.getFileName().toString().equals(name));
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		if (command.equals("./mvnw spring-boot:run")) {
			// the same application and default profile that PackagedApplicationIT starts from the jar
			return true;
		}
		String words = withoutOptions(command);
		return ci.lines().map(ReadmeBlocksTests::withoutOptions).anyMatch(words::equals);
	}

	/** The command's words without its options: {@code npm ci --silent} runs what {@code npm ci} does. */
	private static String withoutOptions(String command) {
		return String.join(" ", java.util.Arrays.stream(command.trim().split("\\s+"))
			.filter(word -> !word.startsWith("-"))
			.toList());
	}

}
