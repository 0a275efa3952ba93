package uk.police.spo.orders;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.police.spo.cases.CaseRecords;
import uk.police.spo.cases.CaseStatus;

/**
 * Keeps the case's status in step with its orders: when the last order in force ends (discharge, expiry, or an
 * interim order ended by a refusal), the case leaves {@code ORDER_IN_FORCE} for {@code ORDER_ENDED}.
 */
@Component
public class OrdersInForce {

	private final ProtectiveOrderRepository orders;

	private final CaseRecords cases;

	OrdersInForce(ProtectiveOrderRepository orders, CaseRecords cases) {
		this.orders = orders;
		this.cases = cases;
	}

	/** The order, for the monitoring capability to record what happens to it while it is in force. */
	public Optional<ProtectiveOrder> find(UUID orderId) {
		return orders.findById(orderId);
	}

	/** Called in the transaction that ended an order of the case. */
	public void orderEnded(UUID caseId) {
		if (!orders.existsByCaseIdAndStatusNot(caseId, OrderStatus.ENDED)
				&& cases.load(caseId).status() == CaseStatus.ORDER_IN_FORCE) {
			cases.moveTo(caseId, CaseStatus.ORDER_ENDED, "NO_ORDER_IN_FORCE", "No order is in force on this case any more");
		}
	}

}
