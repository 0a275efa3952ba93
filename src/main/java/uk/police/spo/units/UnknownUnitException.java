package uk.police.spo.units;

import uk.police.spo.system.InvalidFieldException;

public class UnknownUnitException extends InvalidFieldException {

	UnknownUnitException(String code) {
		super("There is no unit " + code, "unit", "is not one of the force's units");
	}

}
