package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/** Every process and form in processes/ and forms/ fits the rules in shared/style.md. */
class ModelFilesTests {

	final ObjectMapper json = new ObjectMapper();

	@Test
	void everyFormIsFormJsJsonNamedAfterItsIdWithUniqueKeys() throws IOException {
		for (Path file : files("forms", ".form")) {
			JsonNode form = json.readTree(file.toFile());
			assertThat(form.path("id").asText()).as(file.toString())
				.isEqualTo(file.getFileName().toString().replace(".form", ""));
			assertThat(form.path("type").asText()).isEqualTo("default");
			assertThat(form.path("components").isArray()).isTrue();
			List<String> keys = keys(form);
			assertThat(keys).as(file + " keys").doesNotHaveDuplicates().allMatch(k -> k.matches("[a-z][A-Za-z0-9]*"));
		}
	}

	@Test
	void everyUserTaskHasACandidateGroupAndADeployedFormThatExists() throws IOException {
		Set<String> formIds = new HashSet<>();
		for (Path file : files("forms", ".form")) {
			formIds.add(json.readTree(file.toFile()).path("id").asText());
		}
		for (Path file : files("processes", ".bpmn")) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaFormRef()).as(task.getId() + " formRef").isIn(formIds);
				assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
				assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " candidate group").isNotBlank();
			}
		}
	}

	@Test
	void everyProcessIsExecutableWithAHistoryTimeToLiveReadableIdsAndADiagram() throws IOException {
		for (Path file : files("processes", ".bpmn")) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			Bpmn.validateModel(model);
			for (Process process : model.getModelElementsByType(Process.class)) {
				assertThat(process.getId() + ".bpmn").as("one file per process key").isEqualTo(file.getFileName().toString());
				assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
			}
			String xml = Files.readString(file);
			assertThat(xml).as(file + " generated ids").doesNotContainPattern("id=\"(Activity|Gateway|Event|Flow)_[0-9a-z]{7}\"");
			assertThat(xml).as(file + " diagram").contains("<bpmndi:BPMNDiagram");
		}
	}

	/**
	 * Cockpit names processes, activities and decisions by their names (an element without one is shown by its id):
	 * every process, flow node (task, event, gateway, sub-process) and decision has a name a person can read.
	 */
	@Test
	void everyProcessFlowNodeAndDecisionHasAReadableName() throws IOException {
		List<String> unnamed = new ArrayList<>();
		for (Path file : files("processes", ".bpmn")) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			for (Process process : model.getModelElementsByType(Process.class)) {
				check(file, process.getId(), process.getName(), unnamed);
			}
			for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
				check(file, node.getId(), node.getName(), unnamed);
			}
		}
		for (Path file : files("processes", ".dmn")) {
			for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
				check(file, decision.getId(), decision.getName(), unnamed);
			}
		}
		assertThat(unnamed).as("elements Cockpit would show by id").isEmpty();
	}

	private static void check(Path file, String id, String name, List<String> unnamed) {
		if (name == null || name.isBlank() || name.equals(id) || name.matches("[A-Za-z]+_[A-Za-z0-9_]+")) {
			unnamed.add(file.getFileName() + "#" + id);
		}
	}

	/**
	 * A form submits only variables its process reads: each field key is checked by the server (its form or the
	 * task's rules) or read by an expression, a DMN decision or a bean of the task's process ({@link FormFieldReads}
	 * says exactly how).
	 */
	@Test
	void everyFormFieldIsAVariableItsProcessReads() throws IOException {
		FormFieldReads reads = new FormFieldReads();
		Map<String, JsonNode> forms = forms();
		for (Path file : files("processes", ".bpmn")) {
			for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
				JsonNode form = forms.get(task.getCamundaFormRef());
				assertThat(reads.unread(file, task.getId(), form))
					.as("fields of form %s that %s (%s) never reads", task.getCamundaFormRef(), task.getId(), file)
					.isEmpty();
			}
		}
	}

	/** The rule above finds a field nothing reads, and counts the fields a task's rule or form checks. */
	@Test
	void aFormFieldNoProcessReadsIsFound() throws IOException {
		FormFieldReads reads = new FormFieldReads();
		ObjectNode form = (ObjectNode) forms().get("triage-confirm-details");
		((ArrayNode) form.get("components")).addObject().put("key", "bogusField").put("type", "textfield")
			.put("label", "Anything");
		Path triage = Path.of("processes", "caseTriage.bpmn");

		assertThat(reads.unread(triage, "Task_ConfirmDetails", form)).containsExactly("bogusField");
		// the urgent measures are checked by the task's rule, the note by its form's length
		JsonNode safeguarding = forms().get("triage-plan-safeguarding");
		assertThat(reads.checked("Task_PlanSafeguarding", safeguarding)).contains("urgentAddressMarker", "safeguardingNote");
		assertThat(reads.unread(triage, "Task_PlanSafeguarding", safeguarding)).isEmpty();
		// a key checked only after a given answer: the years of a fixed order
		assertThat(reads.checked("Task_DraftOrderTerms", forms().get("spo-draft-order-terms")))
			.contains("durationYears", "term5Necessity");
	}

	/**
	 * The server checks every task's submission from its deployed form, engine-wide (tasks.TaskSubmissionPlugin): no
	 * task restates its form in a listener of its own, and each task rule is for a user task that exists.
	 */
	@Test
	void everyTaskRuleIsForAUserTaskAndNoTaskRestatesItsForm() throws IOException {
		Set<String> userTasks = new HashSet<>();
		for (Path file : files("processes", ".bpmn")) {
			for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
				userTasks.add(task.getId());
				assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
					.as(task.getId() + " complete listeners")
					.noneMatch(listener -> "complete".equals(listener.getCamundaEvent())
							&& String.valueOf(listener.getCamundaDelegateExpression()).endsWith("Validation}"));
			}
		}
		FormFieldReads reads = new FormFieldReads();
		assertThat(reads.rules()).isNotEmpty().allSatisfy(rule -> assertThat(Files.readString(
				Path.of("src/main/java", rule.getName().replace('.', '/') + ".java")))
			.as(rule.getName())
			.containsPattern("return \"(" + String.join("|", userTasks) + ")\";"));
	}

	private Map<String, JsonNode> forms() throws IOException {
		Map<String, JsonNode> forms = new HashMap<>();
		for (Path file : files("forms", ".form")) {
			JsonNode form = json.readTree(file.toFile());
			forms.put(form.path("id").asText(), form);
		}
		return forms;
	}

	private static List<String> keys(JsonNode node) {
		List<String> keys = new ArrayList<>();
		node.path("components").forEach(component -> {
			if (component.hasNonNull("key")) {
				keys.add(component.get("key").asText());
			}
			keys.addAll(keys(component));
		});
		return keys;
	}

	private static List<Path> files(String folder, String ending) throws IOException {
		try (Stream<Path> paths = Files.walk(Path.of(folder))) {
			List<Path> found = paths.filter(p -> p.toString().endsWith(ending)).sorted().toList();
			assertThat(found).as("files in " + folder).isNotEmpty();
			return found;
		}
	}

}
