package uk.police.spo.orders;

/** What a court hearing decides: the interim order, the full order, or the appeal to the Crown Court. */
public enum HearingKind {

	INTERIM, FULL, APPEAL

}
