package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The image builds from what the build reads: a new top-level folder in the pom cannot be left out of it. */
class DockerfileTests {

	private static final Pattern RESOURCE_DIRECTORY = Pattern.compile("<directory>([^<$]+)</directory>");

	@Test
	void theBuildStageCopiesEveryFolderAndFileTheMavenBuildReads() throws Exception {
		String pom = Files.readString(Path.of("pom.xml"));
		List<String> read = new ArrayList<>(List.of("pom.xml", "mvnw", ".mvn", "src"));
		Matcher resources = RESOURCE_DIRECTORY.matcher(pom);
		while (resources.find()) {
			String top = resources.group(1).split("/")[0];
			if (!read.contains(top)) {
				read.add(top);
			}
		}
		assertThat(read).contains("processes", "forms", "integration");

		List<String> copied = new ArrayList<>();
		String buildStage = Files.readString(Path.of("Dockerfile")).split("(?m)^FROM ")[1];
		buildStage.lines().filter(line -> line.startsWith("COPY ") && !line.contains("--from")).forEach(line -> {
			String[] parts = line.substring(5).trim().split("\\s+");
			for (int i = 0; i < parts.length - 1; i++) {
				copied.add(parts[i].replaceAll("/$", ""));
			}
		});
		assertThat(copied).containsAll(read);
	}

}
