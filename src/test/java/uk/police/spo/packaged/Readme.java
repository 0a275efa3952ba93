package uk.police.spo.packaged;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's shell blocks, read from the README itself so that the tests run what a newcomer reads. */
final class Readme {

	private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

	private Readme() {
	}

	static List<String> bashBlocks() throws IOException {
		Matcher blocks = BASH_BLOCK.matcher(Files.readString(Path.of("README.md")));
		List<String> found = new ArrayList<>();
		while (blocks.find()) {
			found.add(blocks.group(1));
		}
		return found;
	}

	/** The one block that the predicate picks; the README must have exactly one. */
	static String block(String what, Predicate<String> which) throws IOException {
		List<String> matching = bashBlocks().stream().filter(which).toList();
		if (matching.size() != 1) {
			throw new AssertionError("README.md should have one bash block " + what + ", has " + matching.size());
		}
		return matching.get(0);
	}

	/** Replaces text the README must contain; fails, naming it, when the README no longer says it. */
	static String replace(String block, String expected, String replacement) {
		if (!block.contains(expected)) {
			throw new AssertionError("README.md's block no longer contains '" + expected + "':\n" + block);
		}
		return block.replace(expected, replacement);
	}

}
