package uk.police.spo.intake;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
@Deployment(resources = { "processes/stalkingCase.bpmn", "processes/caseTriage.bpmn",
		"forms/triage-confirm-details.form" })
class StalkingCaseProcessTests {

	ProcessEngine engine;

	JavaDelegate registerCase = mock(JavaDelegate.class);

	@BeforeEach
	void registerDelegates() {
		// Spring Boot tests in the same JVM have an engine of their own
		BpmnAwareTests.init(engine);
		Mocks.register("registerCaseDelegate", registerCase);
		Mocks.register("caseTaskLabel", new CaseTaskLabel());
		Mocks.register("confirmDetailsValidation", (org.camunda.bpm.engine.delegate.TaskListener) task -> {
		});
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void aReportedCaseIsRegisteredAndTriagedUnderItsReference() throws Exception {
		ProcessInstance caseProcess = engine.getRuntimeService()
			.createMessageCorrelation("ReportReceived")
			.processInstanceBusinessKey("SH-2026-000042")
			.setVariable("caseId", "c-42")
			.setVariable("caseReference", "SH-2026-000042")
			.setVariable("immediateDanger", false)
			.setVariable("caseUnit", "NORTH")
			.correlateStartMessage();

		assertThat(caseProcess).hasPassed("StartEvent_ReportReceived", "Task_RegisterCase")
			.isWaitingAt("CallActivity_Triage");
		verify(registerCase).execute(any());
		ProcessInstance triage = calledProcessInstance(caseProcess);
		assertThat(triage).hasBusinessKey("SH-2026-000042").hasVariables("caseId", "caseReference", "immediateDanger", "caseUnit");

		complete(task(triage), withVariables("detailsConfirmed", true, "safeContactMethod", "PHONE"));

		assertThat(caseProcess).hasPassed("CallActivity_Triage", "EndEvent_CaseTriaged").isEnded();
	}

}
