package uk.police.spo.system;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Tells a request that lost a race from every other error: the case or its process was changed by another request,
 * a deadline's escalation or an asynchronous step (a document, a referral) in the same moment, and the request's
 * transaction was rolled back whole. Such a request gets 409 (never 500): nothing was saved, and sending it again
 * works once the other change has committed.
 */
public final class ConcurrentChange {

	public static final String TITLE = "Changed meanwhile";

	public static final String DETAIL = "Someone else, or a deadline's escalation, changed this at the same moment and "
			+ "nothing was saved. Reload it and try again.";

	private ConcurrentChange() {
	}

	/**
	 * Whether {@code failure} or one of its causes is the engine's or JPA's optimistic lock failing, or the database
	 * choosing this transaction as a deadlock's victim (SQLSTATE 40001, "try restarting transaction"), however Spring,
	 * Hibernate or the engine wrapped it.
	 */
	public static boolean isCause(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 30; depth++) {
			if (cause instanceof OptimisticLockingException || cause instanceof OptimisticLockingFailureException
					|| cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
					|| cause instanceof PessimisticLockingFailureException
					|| cause instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
				return true;
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		return false;
	}

}
