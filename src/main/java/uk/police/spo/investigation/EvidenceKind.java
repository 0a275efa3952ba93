package uk.police.spo.investigation;

/** What an evidence item is. */
public enum EvidenceKind {

	STATEMENT, DIGITAL, PHYSICAL, CCTV, PHOTOGRAPH, MESSAGE, DOCUMENT, OTHER

}
