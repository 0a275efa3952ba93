package uk.police.spo.investigation;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvestigationActionRepository extends JpaRepository<InvestigationAction, UUID> {

	List<InvestigationAction> findByCaseIdOrderByRecordedAt(UUID caseId);

}
