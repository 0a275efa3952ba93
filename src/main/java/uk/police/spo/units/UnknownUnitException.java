package uk.police.spo.units;

public class UnknownUnitException extends RuntimeException {

	UnknownUnitException(String code) {
		super("There is no unit " + code);
	}

}
