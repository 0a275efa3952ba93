package uk.police.spo.partners;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralRepository extends JpaRepository<Referral, UUID> {

	List<Referral> findByCaseIdOrderByCreatedAt(UUID caseId);

}
