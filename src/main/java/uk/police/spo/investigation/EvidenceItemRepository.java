package uk.police.spo.investigation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceItemRepository extends JpaRepository<EvidenceItem, UUID> {

	List<EvidenceItem> findByCaseIdOrderByRecordedAt(UUID caseId);

	Optional<EvidenceItem> findByIdAndCaseId(UUID id, UUID caseId);

	long countByCaseId(UUID caseId);

}
