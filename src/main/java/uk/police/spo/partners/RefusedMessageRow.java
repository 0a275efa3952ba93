package uk.police.spo.partners;

/**
 * A refused message and the unit of the case it names; {@code caseUnit} is null when it names no case. Public for
 * the query's constructor expression only.
 */
public record RefusedMessageRow(PartnerMessage message, String caseUnit) {

	boolean forKnownCase() {
		return caseUnit != null;
	}

}
