package uk.police.spo.partners;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerMessageRepository extends JpaRepository<PartnerMessage, UUID> {

	Optional<PartnerMessage> findByPartnerAndMessageId(String partner, String messageId);

	/** Refused messages, newest first, each with its case's unit (null: the reference names no case). */
	@Query("select new uk.police.spo.partners.RefusedMessageRow(m, c.unitCode) from PartnerMessage m "
			+ "left join CaseFile c on c.reference = m.caseReference "
			+ "where m.status = 'REFUSED' order by m.receivedAt desc, m.id")
	List<RefusedMessageRow> findRefused(Pageable page);

	/** Refused messages for cases of these units, newest first. */
	@Query("select new uk.police.spo.partners.RefusedMessageRow(m, c.unitCode) from PartnerMessage m "
			+ "join CaseFile c on c.reference = m.caseReference "
			+ "where m.status = 'REFUSED' and c.unitCode in :units order by m.receivedAt desc, m.id")
	List<RefusedMessageRow> findRefusedInUnits(@Param("units") Collection<String> units, Pageable page);

}
