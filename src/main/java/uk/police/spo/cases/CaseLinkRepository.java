package uk.police.spo.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseLinkRepository extends JpaRepository<CaseLink, UUID> {

	List<CaseLink> findByCaseId(UUID caseId);

	/**
	 * Earlier cases with a person in the given role of the same name (and date of birth, when given). The name is
	 * given as its {@link CasePerson#matchKey}, which the index on (role, name_key) finds without reading every person.
	 */
	@Query("""
			select distinct c from CaseFile c join c.people p
			where c.id <> :caseId and c.receivedAt <= :before and p.role = :role and p.nameKey = :nameKey
			and (:dateOfBirth is null or p.dateOfBirth = :dateOfBirth)
			order by c.receivedAt""")
	List<CaseFile> earlierCasesWith(@Param("caseId") UUID caseId, @Param("before") java.time.Instant before,
			@Param("role") PersonRole role, @Param("nameKey") String nameKey, @Param("dateOfBirth") LocalDate dateOfBirth);

}
