package uk.police.spo.cases;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseRepository extends JpaRepository<CaseFile, UUID> {

	Optional<CaseFile> findByReference(String reference);

}
