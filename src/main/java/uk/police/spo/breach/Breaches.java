package uk.police.spo.breach;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Breaches extends JpaRepository<Breach, UUID> {

	Optional<Breach> findFirstByCaseIdOrderByReportedAtDesc(UUID caseId);

	java.util.List<Breach> findByCaseIdOrderByOccurredAt(UUID caseId);

}
