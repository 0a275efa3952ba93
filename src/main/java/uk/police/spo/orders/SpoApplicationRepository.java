package uk.police.spo.orders;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpoApplicationRepository extends JpaRepository<SpoApplication, UUID> {

	Optional<SpoApplication> findFirstByCaseIdOrderByDecidedAtDesc(UUID caseId);

}
