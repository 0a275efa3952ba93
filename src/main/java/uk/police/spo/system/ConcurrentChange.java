package uk.police.spo.system;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

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

	/** How many times in all a request's own transaction is tried when it keeps losing races. */
	static final int ATTEMPTS = 3;

	private ConcurrentChange() {
	}

	/**
	 * Runs {@code work}, which opens and commits a transaction of its own, again when it lost a race: an officer's or a
	 * partner's message meeting an asynchronous step of the same case is normal, not a conflict they caused, so it is
	 * settled here before it reaches them. The third loss is thrown (and answered 409).
	 */
	public static <T> T retried(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return work.get();
			}
			catch (RuntimeException lost) {
				if (attempt >= ATTEMPTS || !isCause(lost)) {
					throw lost;
				}
				pause(attempt);
			}
		}
	}

	public static void retried(Runnable work) {
		retried(() -> {
			work.run();
			return null;
		});
	}

	/** A short, growing, uneven pause, so that the two sides of the race do not meet again at once. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(20, 60) * attempt);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
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
