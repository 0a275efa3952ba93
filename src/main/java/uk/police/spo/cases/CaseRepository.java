package uk.police.spo.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The case files' table, for this module only: other modules go through {@link CaseRecords}. */
interface CaseRepository extends JpaRepository<CaseFile, UUID> {

	Optional<CaseFile> findByReference(String reference);

	interface RiskLevel {

		UUID getId();

		String getRiskLevel();

	}

	@Query("select c.id as id, c.riskLevel as riskLevel from CaseFile c where c.id in :ids and c.riskLevel is not null")
	List<RiskLevel> findRiskLevels(Collection<UUID> ids);

}
