package uk.police.spo.orders;

/** A prohibition (the defendant must not...) or a requirement (the defendant must...). */
public enum TermKind {

	PROHIBITION, REQUIREMENT

}
