package uk.police.spo.orders;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtectiveOrderRepository extends JpaRepository<ProtectiveOrder, UUID> {

	List<ProtectiveOrder> findByCaseIdOrderByGrantedOn(UUID caseId);

	boolean existsByCaseIdAndStatusNot(UUID caseId, OrderStatus status);

}
