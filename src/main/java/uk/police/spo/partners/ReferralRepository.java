package uk.police.spo.partners;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReferralRepository extends JpaRepository<Referral, UUID> {

	List<Referral> findByCaseIdOrderByCreatedAt(UUID caseId);

	/**
	 * The ids of a case's referrals to a partner that the partner acknowledged with this id. Native, on the column
	 * {@code referral.acknowledgement_id} that outbound delivery writes (migration V19).
	 */
	@Query(value = "select id from referral where acknowledgement_id = :acknowledgementId and case_id = :caseId "
			+ "and partner = :partner", nativeQuery = true)
	List<String> findIdsByAcknowledgement(@Param("acknowledgementId") String acknowledgementId,
			@Param("caseId") String caseId, @Param("partner") String partner);

}
