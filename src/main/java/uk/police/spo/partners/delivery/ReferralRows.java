package uk.police.spo.partners.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import uk.police.spo.partners.Referral;
import uk.police.spo.partners.ReferralStatus;

/** Referrals with their cases, for supervisors: by status, newest change first. */
interface ReferralRows extends Repository<Referral, UUID> {

	@Query("select new uk.police.spo.partners.delivery.ReferralRow(r, c.reference, c.unitCode) from Referral r "
			+ "join CaseFile c on c.id = r.caseId where r.status = :status order by r.updatedAt desc, r.id")
	List<ReferralRow> findByStatus(@Param("status") ReferralStatus status, Pageable page);

	@Query("select new uk.police.spo.partners.delivery.ReferralRow(r, c.reference, c.unitCode) from Referral r "
			+ "join CaseFile c on c.id = r.caseId where r.status = :status and c.unitCode in :units "
			+ "order by r.updatedAt desc, r.id")
	List<ReferralRow> findByStatusInUnits(@Param("status") ReferralStatus status,
			@Param("units") Collection<String> units, Pageable page);

	@Query("select new uk.police.spo.partners.delivery.ReferralRow(r, c.reference, c.unitCode) from Referral r "
			+ "join CaseFile c on c.id = r.caseId where r.id = :id")
	Optional<ReferralRow> findRow(@Param("id") UUID id);

}
