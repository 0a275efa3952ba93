package uk.police.spo.monitoring;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourtApplications extends JpaRepository<CourtApplication, UUID> {

	Optional<CourtApplication> findFirstByOrderIdAndKindAndGrantedTrueOrderByRecordedAtDesc(UUID orderId,
			ApplicationKind kind);

}
