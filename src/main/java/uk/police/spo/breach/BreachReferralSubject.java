package uk.police.spo.breach;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.police.spo.partners.ReferralSubject;

/**
 * What a breach referral (court, advocacy) is about: the case's latest reported breach. Each partner's allow-list
 * decides what of it is sent (the advocate learns when and by whom, not the crime reference).
 */
@Component
class BreachReferralSubject implements ReferralSubject {

	private final Breaches breaches;

	BreachReferralSubject(Breaches breaches) {
		this.breaches = breaches;
	}

	@Override
	public boolean describes(String kind) {
		return BreachRecords.REFERRAL_PURPOSE.equals(kind);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> fields(UUID caseId, String kind) {
		Map<String, Object> fields = new LinkedHashMap<>();
		breaches.findFirstByCaseIdOrderByReportedAtDesc(caseId).ifPresent(breach -> {
			fields.put("breach.occurredAt", breach.occurredAt().toString());
			breach.reportedBy().ifPresent(source -> fields.put("breach.reportedBy", source.name()));
			breach.crimeReference().ifPresent(reference -> fields.put("breach.crimeReference", reference));
			breach.arrestDecision().ifPresent(decision -> fields.put("breach.arrestDecision", decision));
			breach.chargeDecision().ifPresent(decision -> fields.put("breach.chargeDecision", decision));
		});
		return fields;
	}

}
