package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.junit.jupiter.api.Test;

/** The message names Java correlates with are exactly the ones the models declare, so a rename shows here first. */
class ProcessMessagesTests {

	@Test
	void theConstantsNameEveryMessageTheModelsDeclareAndNoOther() throws IOException {
		Set<String> declared = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("processes"))) {
			files.filter(f -> f.toString().endsWith(".bpmn"))
				.map(f -> Bpmn.readModelFromFile(f.toFile()))
				.forEach(model -> model.getModelElementsByType(Message.class).forEach(m -> declared.add(m.getName())));
		}

		assertThat(constants(ProcessMessages.class)).isEqualTo(declared);
	}

	@Test
	void theCaseVariablesHaveDistinctNames() {
		assertThat(constants(ProcessVariables.class)).hasSize(10)
			.contains("caseId", "caseReference", "spoApplicationId", "orderId", "riskLevel");
	}

	private static Set<String> constants(Class<?> type) {
		Set<String> values = new TreeSet<>();
		Arrays.stream(type.getDeclaredFields())
			.filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
			.forEach(f -> values.add(value(f)));
		return values;
	}

	private static String value(Field field) {
		try {
			return (String) field.get(null);
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

}
