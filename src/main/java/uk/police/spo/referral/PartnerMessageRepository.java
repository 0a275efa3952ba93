package uk.police.spo.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerMessageRepository extends JpaRepository<PartnerMessage, UUID> {

	Optional<PartnerMessage> findByPartnerAndMessageId(String partner, String messageId);

	List<PartnerMessage> findTop100ByStatusOrderByReceivedAtDesc(String status);

}
