package uk.police.spo.partners.delivery;

import uk.police.spo.partners.Referral;

/** A referral with its case's reference and unit. Public for the query's constructor expression only. */
public record ReferralRow(Referral referral, String caseReference, String caseUnit) {

}
