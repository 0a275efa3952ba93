package uk.police.spo.orders;

/** An interim SPO (until the main application is decided) or a full SPO. */
public enum OrderKind {

	INTERIM, FULL

}
