package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
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
