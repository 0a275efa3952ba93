package uk.police.spo.retention;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionPurges extends JpaRepository<RetentionPurge, UUID> {

	Optional<RetentionPurge> findFirstByCaseReferenceAndStatus(String caseReference, PurgeStatus status);

	List<RetentionPurge> findByCaseReferenceInAndStatus(List<String> caseReferences, PurgeStatus status);

}
