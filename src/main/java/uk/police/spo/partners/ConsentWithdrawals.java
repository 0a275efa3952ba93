package uk.police.spo.partners;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentWithdrawals extends JpaRepository<ConsentWithdrawal, UUID> {

	List<ConsentWithdrawal> findByCaseIdAndPartner(UUID caseId, ReferralPartner partner);

}
