package uk.police.spo.monitoring;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderNotifications extends JpaRepository<OrderNotification, UUID> {

	Optional<OrderNotification> findFirstByOrderIdOrderByAcknowledgedAtDesc(UUID orderId);

}
