package uk.police.spo.cases;

public enum PersonRole {

	VICTIM, REPORTER, SUSPECT

}
