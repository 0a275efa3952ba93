package uk.police.spo.cases;

public enum ReporterType {

	VICTIM, THIRD_PARTY, WITNESS, ANONYMOUS

}
