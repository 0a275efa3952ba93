package uk.police.spo.orders;

/**
 * Where an application stands: not applied for (the three-part test failed), being drafted, with legal review, approved,
 * lodged with the magistrates' court, an interim order in force, decided (full order or refusal), or on appeal.
 */
public enum SpoApplicationStatus {

	NOT_APPLIED, DRAFTING, IN_REVIEW, APPROVED, LODGED, INTERIM_GRANTED, FULL_GRANTED, REFUSED, APPEALED, APPEAL_REFUSED

}
