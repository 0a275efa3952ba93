package uk.police.spo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.spo.messages.CaseMessages;
import uk.police.spo.system.Answer;
import uk.police.spo.system.Answer.Origin;

/**
 * Every answer a step reads ({@link Answer} constants anywhere in the application) names a field its forms declare, a
 * variable of a case message, or a decision's result variable, so that a renamed form field or decision output fails
 * here rather than leaving a delegate to read nothing; and no code in {@code src/main} reads a variable by a bare name.
 */
class AnswersDeclaredTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static List<Answer> answers;

	@BeforeAll
	static void findTheAnswers() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter((reader, factory) -> true);
		answers = new ArrayList<>();
		for (var definition : scanner.findCandidateComponents("uk.police.spo")) {
			for (Field field : Class.forName(definition.getBeanClassName()).getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == Answer.class) {
					field.setAccessible(true);
					answers.add((Answer) field.get(null));
				}
			}
		}
	}

	@Test
	void theStepsReadTheirAnswersThroughDeclaredConstants() {
		assertThat(answers).hasSizeGreaterThan(50);
	}

	@Test
	void everyFormAnswerIsAFieldOfEachFormItNames() throws IOException {
		List<String> undeclared = new ArrayList<>();
		for (Answer answer : answers) {
			for (Origin origin : origins(answer, Answer.Source.FORM)) {
				if (!formKeys(origin.name()).contains(answer.key())) {
					undeclared.add(answer.key() + " in " + origin.name());
				}
			}
		}
		assertThat(undeclared).as("answers read from a form that does not declare them").isEmpty();
	}

	@Test
	void everyMessageAnswerComesWithACaseMessage() {
		List<String> unknown = answers.stream()
			.flatMap(answer -> origins(answer, Answer.Source.MESSAGE).stream()
				.filter(origin -> !CaseMessages.CASE_MESSAGES.contains(origin.name()))
				.map(origin -> answer.key() + " from " + origin.name()))
			.toList();
		assertThat(unknown).isEmpty();
	}

	@Test
	void everyDecisionAnswerIsTheResultVariableOfThatDecisionInAModel() throws IOException {
		Set<String> results = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("processes"))) {
			files.filter(f -> f.toString().endsWith(".bpmn"))
				.map(f -> Bpmn.readModelFromFile(f.toFile()))
				.flatMap(model -> model.getModelElementsByType(BusinessRuleTask.class).stream())
				.forEach(task -> results.add(task.getCamundaDecisionRef() + "->" + task.getCamundaResultVariable()));
		}
		List<String> decisionAnswers = answers.stream()
			.flatMap(answer -> origins(answer, Answer.Source.DECISION).stream().map(o -> o.name() + "->" + answer.key()))
			.toList();
		assertThat(decisionAnswers).isNotEmpty();
		assertThat(results).containsAll(decisionAnswers);
	}

	@Test
	void noMainCodeReadsAProcessVariableByABareName() throws IOException {
		List<String> reads = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).contains("getVariable(\"")) {
						reads.add(file.getFileName() + ":" + (i + 1));
					}
				}
			}
		}
		assertThat(reads).as("read through ProcessVariables or an Answer constant instead").isEmpty();
	}

	private static List<Origin> origins(Answer answer, Answer.Source source) {
		return answer.origins().stream().filter(origin -> origin.source() == source).toList();
	}

	private static Set<String> formKeys(String formId) throws IOException {
		Path form = Path.of("forms", formId + ".form");
		Set<String> keys = new HashSet<>();
		if (Files.exists(form)) {
			collectKeys(JSON.readTree(form.toFile()), keys);
		}
		return keys;
	}

	private static void collectKeys(JsonNode node, Set<String> keys) {
		if (node.isObject() && node.hasNonNull("key") && node.has("type")) {
			keys.add(node.get("key").asText());
		}
		node.forEach(child -> collectKeys(child, keys));
	}

}
