package uk.police.spo.monitoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderNotifications extends JpaRepository<OrderNotification, UUID> {

	/**
	 * The order's last acknowledged notification. {@code acknowledged_at} keeps whole seconds, so two acknowledgements
	 * in one second are told apart by the later notification.
	 */
	Optional<OrderNotification> findFirstByOrderIdOrderByAcknowledgedAtDescNotifiedAtDesc(UUID orderId);

	/** The case's latest notification, whichever of its orders (an interim order's counts for the full order). */
	Optional<OrderNotification> findFirstByCaseIdOrderByNotifiedAtDescAcknowledgedAtDesc(UUID caseId);

	List<OrderNotification> findByCaseIdOrderByNotifiedAt(UUID caseId);

}
