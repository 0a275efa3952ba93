package uk.police.spo.system;

/**
 * A request named a value that the system does not know, in one field; answered as a 400 problem naming that field.
 * Modules throw their own subclass, so that this package needs to know none of them.
 */
public abstract class InvalidFieldException extends RuntimeException {

	private final String field;

	private final String problem;

	protected InvalidFieldException(String message, String field, String problem) {
		super(message);
		this.field = field;
		this.problem = problem;
	}

	public String field() {
		return field;
	}

	public String problem() {
		return problem;
	}

}
