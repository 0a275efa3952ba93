package uk.police.spo.cases;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The case files' table, for this module only: other modules go through {@link CaseRecords}. */
interface CaseRepository extends JpaRepository<CaseFile, UUID> {

	Optional<CaseFile> findByReference(String reference);

}
