package uk.police.spo.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import uk.police.spo.tasks.TaskRule;

/**
 * Which of a form's field keys the task's process reads. A key counts as read when
 * <ol>
 * <li>the server checks it for the task: the deployed form declares a constraint on it ({@code validate}, a list of
 * options, or a checkbox's yes/no), which the server enforces, or a {@link TaskRule} of the task names it; or</li>
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

	/** Component bean name to its class, as Spring's scan names them. */
	private final Map<String, Class<?>> beans = new HashMap<>();

	FormFieldReads() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
		AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
		SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
		for (BeanDefinition definition : scanner.findCandidateComponents(BASE_PACKAGE)) {
			Class<?> type = load(definition.getBeanClassName());
			beans.put(names.generateBeanName(definition, registry), type);
		}
	}

	/** The {@link TaskRule} classes, which the server runs on the submissions of the tasks they name. */
	List<Class<?>> rules() {
		return beans.values().stream().filter(TaskRule.class::isAssignableFrom).toList();
	}

	/** The form's field keys that neither the server's check of the task nor the process (file {@code bpmn}) reads. */
	Set<String> unread(Path bpmn, String taskKey, JsonNode form) {
		Set<String> unread = new TreeSet<>(fields(form).keySet());
		unread.removeAll(checked(taskKey, form));
		if (!unread.isEmpty()) {
			unread.removeAll(readByProcess(bpmn));
		}
		if (!unread.isEmpty()) {
			unread.removeIf(key -> readByBeansOf(bpmn).stream().anyMatch(source -> source.contains("\"" + key + "\"")));
		}
		return unread;
	}

	/** The keys the form constrains, and those a rule of the task names (see the class comment). */
	Set<String> checked(String taskKey, JsonNode form) {
		Set<String> checked = new TreeSet<>();
		fields(form).forEach((key, field) -> {
			if (!field.path("validate").isEmpty() || !field.path("values").isEmpty()
					|| "checkbox".equals(field.path("type").asText())) {
				checked.add(key);
			}
		});
		for (Class<?> rule : rules()) {
			String source = read(source(rule));
			if (source.contains("\"" + taskKey + "\"")) {
				fields(form).keySet().stream().filter(key -> source.contains("\"" + key + "\"")).forEach(checked::add);
			}
		}
		return checked;
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

}
