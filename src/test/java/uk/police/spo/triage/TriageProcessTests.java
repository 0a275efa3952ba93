package uk.police.spo.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.police.spo.cases.CaseTaskLabel;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/caseTriage.bpmn", "forms/triage-confirm-details.form" })
class TriageProcessTests {

	ProcessEngine engine;

	@BeforeEach
	void registerListeners() {
		// Spring Boot tests in the same JVM have an engine of their own
		BpmnAwareTests.init(engine);
		Mocks.register("caseTaskLabel", new CaseTaskLabel());
		Mocks.register("confirmDetailsValidation", new ConfirmDetailsValidation());
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void triageWaitsForATriageOfficerToConfirmTheDetails() {
		ProcessInstance triage = start();

		assertThat(triage).isWaitingAt("Task_ConfirmDetails");
		assertThat(task(triage)).hasCandidateGroup("triage-officers")
			.hasName("Confirm details and safe contact · SH-2026-000001");
		CamundaFormRef form = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(triage.getId())
			.initializeFormKeys()
			.singleResult()
			.getCamundaFormRef();
		assertThat(form.getKey()).isEqualTo("triage-confirm-details");
		assertThat(form.getBinding()).isEqualTo("deployment");
	}

	@Test
	void confirmedDetailsCompleteTheTriage() {
		ProcessInstance triage = start();

		complete(task(triage), withVariables("detailsConfirmed", true, "safeContactMethod", "EMAIL"));

		assertThat(triage).hasPassed("Task_ConfirmDetails").isEnded();
	}

	@Test
	void anUnconfirmedSubmissionIsRefusedAndTheTaskStaysOpen() {
		ProcessInstance triage = start();

		assertThatThrownBy(() -> complete(task(triage), withVariables("safeContactMethod", "PHONE")))
			.hasMessageContaining("detailsConfirmed");

		assertThat(triage).isWaitingAt("Task_ConfirmDetails");
	}

	private ProcessInstance start() {
		return engine.getRuntimeService()
			.startProcessInstanceByKey("caseTriage", "SH-2026-000001", Map.of("caseId", "c-1", "caseUnit", "NORTH"));
	}

}
