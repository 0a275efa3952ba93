package uk.police.spo.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (server down, connection lost, no connection within the pool's wait) from
 * every other error, wherever it surfaces: Spring's translations, Hibernate's, Camunda's persistence exception or the
 * driver's own. Such a request gets 503 with {@code Retry-After} (never 500): the caller may send it again, and what
 * the request changed was rolled back with its transaction, or, when the connection broke during the commit itself,
 * is found by the retry (a report's {@code Idempotency-Key} returns the first answer; a completed task is gone).
 */
public final class DatabaseUnavailable {

	/** Seconds a client is asked to wait: the pool tries to reconnect in the meantime. */
	public static final String RETRY_AFTER_SECONDS = "5";

	public static final String TITLE = "Service unavailable";

	public static final String DETAIL = "The system cannot reach its database just now. Please send the request again "
			+ "shortly.";

	private DatabaseUnavailable() {
	}

	/** Whether {@code failure} or one of its causes says the database could not be reached. */
	public static boolean isCause(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 30; depth++) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof RecoverableDataAccessException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLRecoverableException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof ConnectException) {
				return true;
			}
			// SQLSTATE class 08: connection exception (a closed or broken connection, as Hikari and drivers report it)
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			// a rollback the driver could not do: the connection is gone (the failure that led to the rollback is
			// replaced by this one, so it cannot be looked at)
			if (cause instanceof org.hibernate.TransactionException && cause.getCause() instanceof SQLException) {
				return true;
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		return false;
	}

}
