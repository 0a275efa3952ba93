package uk.police.spo.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;

/**
 * An SPO application lodged with the court for a reported case, its {@code spoApplication} waiting for the court to
 * list a hearing ({@code Task_AwaitHearingListing}), so that API tests reach the court's messages without working the
 * application's decision, drafting and review first.
 */
public final class ApplicationBeforeTheCourt {

	private ApplicationBeforeTheCourt() {
	}

	/** Returns the application's id. */
	public static String start(RuntimeService runtime, CaseRecords cases, JdbcTemplate jdbc, String reference) {
		CaseFile caseFile = cases.byReference(reference).orElseThrow();
		String applicationId = UUID.randomUUID().toString();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("insert into spo_application (id, case_id, status, acts_associated, acts_reasoning, risk_associated, "
				+ "risk_reasoning, order_necessary, necessity_reasoning, youth_court, interim_wanted, until_further_order, "
				+ "lodged_at, decided_at, version) values (?, ?, 'LODGED', true, ?, true, ?, true, ?, false, true, true, ?, ?, 0)",
				applicationId, caseFile.id().toString(), "Repeated following", "Threats escalating",
				"Only an order will stop contact", now, now);
		runtime.createProcessInstanceByKey("spoApplication")
			.businessKey(reference)
			.setVariables(Map.of("caseId", caseFile.id().toString(), "caseReference", reference, "caseUnit",
					caseFile.unitCode(), "riskLevel", "HIGH", "spoApplicationId", applicationId))
			.startBeforeActivity("Task_AwaitHearingListing")
			.execute();
		return applicationId;
	}

}
