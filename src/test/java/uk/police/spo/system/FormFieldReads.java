package uk.police.spo.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import uk.police.spo.tasks.TaskFormValidator;

/**
 * Which of a form's field keys the task's process reads. A key counts as read when
 * <ol>
 * <li>the task's server-side validator (the {@link TaskFormValidator} whose {@code taskDefinitionKey} is the task)
 * looks it up while checking a submission of the form: it is run on an empty submission, on one with every field
 * filled, and on one for each other choice of every select, radio and checkbox, so that a key read only after a
 * certain answer (a fixed order's years, another offence) is found; or</li>
 * <li>an expression of the process's BPMN names it (a gateway condition, a mapping), or an input of a DMN decision the
 * process calls does; or</li>
 * <li>a bean the process's BPMN names (a delegate, listener or expression bean), or a class of its package it uses,
 * names the key as a string literal: how a delegate such as {@code recordSafeguardingPlan} reads the ticked
 * measures.</li>
 * </ol>
 * Anything else a form submits is a variable no process step reads.
 */
final class FormFieldReads {

	private static final String BASE_PACKAGE = "uk.police.spo";

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Pattern DECISION_REF = Pattern.compile("camunda:decisionRef=\"([^\"]+)\"");

	private final Map<String, TaskFormValidator> validators = new HashMap<>();

	/** Component bean name to its class, as Spring's scan names them. */
	private final Map<String, Class<?>> beans = new HashMap<>();

	FormFieldReads() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
		SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
		for (BeanDefinition definition : scanner.findCandidateComponents(BASE_PACKAGE)) {
			Class<?> type = load(definition.getBeanClassName());
			beans.put(names.generateBeanName(definition, registry), type);
			if (TaskFormValidator.class.isAssignableFrom(type)) {
				TaskFormValidator validator = instantiate(type);
				TaskFormValidator earlier = validators.put(validator.taskDefinitionKey(), validator);
				if (earlier != null) {
					throw new IllegalStateException("two validators for " + validator.taskDefinitionKey());
				}
			}
		}
	}

	/** The validator of each task key. */
	Map<String, TaskFormValidator> validators() {
		return validators;
	}

	/** The bean name of the validator of {@code taskKey}, as a BPMN expression names it. */
	String validatorBeanName(String taskKey) {
		TaskFormValidator validator = validators.get(taskKey);
		return beans.entrySet()
			.stream()
			.filter(bean -> validator != null && bean.getValue() == validator.getClass())
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	/** The form's field keys that neither the task's validator nor the process (file {@code bpmn}) reads. */
	Set<String> unread(Path bpmn, String taskKey, JsonNode form) {
		Set<String> unread = new TreeSet<>(fields(form).keySet());
		TaskFormValidator validator = validators.get(taskKey);
		if (validator != null) {
			unread.removeAll(readByValidator(validator, form));
		}
		if (!unread.isEmpty()) {
			unread.removeAll(readByProcess(bpmn));
		}
		if (!unread.isEmpty()) {
			unread.removeIf(key -> readByBeansOf(bpmn).stream().anyMatch(source -> source.contains("\"" + key + "\"")));
		}
		return unread;
	}

	/** Every key the validator looks up while checking the form's submissions (see the class comment). */
	Set<String> readByValidator(TaskFormValidator validator, JsonNode form) {
		Map<String, JsonNode> fields = fields(form);
		Map<String, Object> filled = new LinkedHashMap<>();
		fields.forEach((key, field) -> filled.put(key, value(field)));
		List<Map<String, Object>> submissions = new ArrayList<>(List.of(Map.of(), filled));
		fields.forEach((key, field) -> {
			for (Object other : otherValues(field)) {
				Map<String, Object> variant = new LinkedHashMap<>(filled);
				variant.put(key, other);
				submissions.add(variant);
			}
		});
		Set<String> read = new TreeSet<>();
		for (Map<String, Object> submission : submissions) {
			validator.problems(new RecordingMap(submission, read));
		}
		return read;
	}

	/** Identifiers in the BPMN's expressions and in the inputs of the DMN decisions it calls. */
	Set<String> readByProcess(Path bpmn) {
		String xml = read(bpmn);
		Set<String> identifiers = identifiersInExpressions(xml);
		Matcher decision = DECISION_REF.matcher(xml);
		while (decision.find()) {
			String ref = decision.group(1);
			for (Path dmn : files(bpmn.getParent(), ".dmn")) {
				String dmnXml = read(dmn);
				if (dmnXml.contains("<decision id=\"" + ref + "\"")) {
					Matcher input = Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>").matcher(dmnXml);
					while (input.find()) {
						identifiers.addAll(identifiers(input.group(1)));
					}
				}
			}
		}
		return identifiers;
	}

	/** The sources of the beans the BPMN names and of the classes of their package they use, transitively. */
	List<String> readByBeansOf(Path bpmn) {
		Set<Path> sources = new LinkedHashSet<>();
		List<Path> pending = new ArrayList<>();
		for (String name : identifiersInExpressions(read(bpmn))) {
			Class<?> bean = beans.get(name);
			if (bean != null) {
				pending.add(source(bean));
			}
		}
		while (!pending.isEmpty()) {
			Path source = pending.remove(pending.size() - 1);
			if (!sources.add(source)) {
				continue;
			}
			String text = read(source);
			for (Path neighbour : files(source.getParent(), ".java")) {
				String simpleName = neighbour.getFileName().toString().replace(".java", "");
				if (!sources.contains(neighbour) && Pattern.compile("\\b" + simpleName + "\\b").matcher(text).find()) {
					pending.add(neighbour);
				}
			}
		}
		return sources.stream().map(FormFieldReads::read).toList();
	}

	/** Every component with a key, at any depth, by key. */
	static Map<String, JsonNode> fields(JsonNode form) {
		Map<String, JsonNode> fields = new LinkedHashMap<>();
		form.path("components").forEach(component -> {
			if (component.hasNonNull("key")) {
				fields.put(component.get("key").asText(), component);
			}
			fields.putAll(fields(component));
		});
		return fields;
	}

	private static Object value(JsonNode field) {
		return switch (field.path("type").asText()) {
			case "checkbox" -> true;
			case "select", "radio" -> field.path("values").get(0).path("value").asText();
			case "checklist" -> List.of(field.path("values").get(0).path("value").asText());
			case "number" -> (long) Math.max(2, field.path("validate").path("min").asInt(2));
			case "datetime" -> LocalDate.now().toString();
			default -> "Recorded by the officer";
		};
	}

	private static List<Object> otherValues(JsonNode field) {
		List<Object> others = new ArrayList<>();
		switch (field.path("type").asText()) {
			case "checkbox" -> others.add(false);
			case "select", "radio" -> field.path("values").forEach(v -> others.add(v.path("value").asText()));
			default -> {
			}
		}
		return others;
	}

	private static Set<String> identifiersInExpressions(String xml) {
		Set<String> identifiers = new TreeSet<>();
		Matcher expression = EXPRESSION.matcher(xml.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
		while (expression.find()) {
			identifiers.addAll(identifiers(expression.group(1)));
		}
		return identifiers;
	}

	private static Set<String> identifiers(String expression) {
		Set<String> identifiers = new TreeSet<>();
		// quoted strings are values, not variables
		Matcher identifier = IDENTIFIER.matcher(expression.replaceAll("'[^']*'|\"[^\"]*\"", ""));
		while (identifier.find()) {
			identifiers.add(identifier.group());
		}
		return identifiers;
	}

	private static Path source(Class<?> type) {
		Class<?> outer = type;
		while (outer.getEnclosingClass() != null) {
			outer = outer.getEnclosingClass();
		}
		return SOURCES.resolve(outer.getName().replace('.', '/') + ".java");
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, FormFieldReads.class.getClassLoader());
		}
		catch (ClassNotFoundException e) {
			throw new IllegalStateException(e);
		}
	}

	private static TaskFormValidator instantiate(Class<?> type) {
		try {
			Constructor<?> constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return (TaskFormValidator) constructor.newInstance();
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(type.getName() + ": a form validator must check the submission alone and "
					+ "have a no-argument constructor", e);
		}
	}

	private static List<Path> files(Path folder, String ending) {
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.filter(p -> p.toString().endsWith(ending)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A submission that notes every key looked up in it. */
	private static final class RecordingMap extends HashMap<String, Object> {

		private final transient Set<String> read;

		RecordingMap(Map<String, Object> values, Set<String> read) {
			super(values);
			this.read = read;
		}

		@Override
		public Object get(Object key) {
			read.add(String.valueOf(key));
			return super.get(key);
		}

		@Override
		public Object getOrDefault(Object key, Object defaultValue) {
			read.add(String.valueOf(key));
			return super.getOrDefault(key, defaultValue);
		}

		@Override
		public boolean containsKey(Object key) {
			read.add(String.valueOf(key));
			return super.containsKey(key);
		}

	}

}
