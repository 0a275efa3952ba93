package uk.police.spo.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;

import uk.police.spo.cases.CaseFile;
import uk.police.spo.cases.CaseRecords;
import uk.police.spo.orders.ProtectiveOrder;
import uk.police.spo.orders.ProtectiveOrderRepository;

/**
 * A full order (until further order) granted today for a reported case, with its {@code orderMonitoring} started as
 * the case process starts it (docs/processes.md), so that API tests reach monitoring's messages without working a
 * whole case through triage, investigation and the court.
 */
public final class OrderUnderMonitoring {

	private OrderUnderMonitoring() {
	}

	/** Returns the order's id; the monitoring waits for {@code OrderServed}. */
	public static UUID start(RuntimeService runtime, CaseRecords cases, ProtectiveOrderRepository orders,
			String reference) {
		CaseFile caseFile = cases.byReference(reference).orElseThrow();
		ProtectiveOrder order = orders
			.save(ProtectiveOrder.full(caseFile.id(), LocalDate.now(ZoneId.of("Europe/London")), null, null));
		runtime.startProcessInstanceByKey("orderMonitoring", reference,
				Map.of("caseId", caseFile.id().toString(), "caseReference", reference, "caseUnit", caseFile.unitCode(),
						"riskLevel", "MEDIUM", "orderId", order.id().toString(), "notificationAlreadyMade", false));
		return order.id();
	}

}
