package uk.police.spo.triage;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, UUID> {

	List<RiskAssessment> findByCaseIdOrderByAssessedAt(UUID caseId);

}
