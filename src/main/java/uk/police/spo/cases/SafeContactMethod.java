package uk.police.spo.cases;

public enum SafeContactMethod {

	PHONE, EMAIL, NONE

}
