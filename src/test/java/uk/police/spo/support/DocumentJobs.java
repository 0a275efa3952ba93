package uk.police.spo.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Runs the documents' steps ({@code Task_Produce...}) waiting as jobs in a case's processes, as the job executor
 * (off in the tests) would; returns the activities run, in order.
 */
public final class DocumentJobs {

	private DocumentJobs() {
	}

	public static List<String> run(RuntimeService runtime, ManagementService management, String reference) {
		List<String> instances = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
		if (instances.isEmpty()) {
			return List.of();
		}
		List<String> run = new ArrayList<>();
		for (Job job : management.createJobQuery().processInstanceIds(new HashSet<>(instances)).messages().list()) {
			String activity = management.createJobDefinitionQuery()
				.jobDefinitionId(job.getJobDefinitionId())
				.singleResult()
				.getActivityId();
			if (activity.startsWith(DocumentStepsPassThrough.DOCUMENT_STEP)) {
				management.executeJob(job.getId());
				run.add(activity);
			}
		}
		return run;
	}

}
