package uk.police.spo.system;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Engine REST (Jersey) answers its own exceptions, and answered two kinds with 500 that are not the server's fault:
 * a failure to reach the database (now 503 with {@code Retry-After}), and a task or its case changed by another
 * transaction at the moment an officer submits it, such as a deadline's escalation (Camunda's or JPA's optimistic
 * locking; now 409: reload and submit again). These mappers are nearer to those exceptions' types than Camunda's, or (for
 * {@link RestException}, which Camunda's task form endpoints wrap around the engine's exception) of a higher
 * priority; every other exception keeps Camunda's own answer.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestProblems {

	@Bean
	ResourceConfigCustomizer databaseUnavailableMappers() {
		return config -> config.register(DataAccessMapper.class)
			.register(TransactionMapper.class)
			.register(PersistenceMapper.class)
			.register(JpaMapper.class)
			.register(OptimisticLockingMapper.class)
			.register(WrappedMapper.class);
	}

	static Response answer(Throwable failure) {
		if (DatabaseUnavailable.isCause(failure)) {
			return problem(Response.Status.SERVICE_UNAVAILABLE, DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL)
				.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
				.build();
		}
		if (ConcurrentChange.isCause(failure)) {
			return problem(Response.Status.CONFLICT, ConcurrentChange.TITLE, ConcurrentChange.DETAIL).build();
		}
		return ExceptionHandlerHelper.getInstance().getResponse(failure);
	}

	private static Response.ResponseBuilder problem(Response.Status status, String title, String detail) {
		String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.getStatusCode()
				+ ",\"detail\":\"" + detail + "\"}";
		return Response.status(status).type(MediaType.valueOf("application/problem+json")).entity(body);
	}

	public static class OptimisticLockingMapper implements ExceptionMapper<OptimisticLockingException> {

		@Override
		public Response toResponse(OptimisticLockingException failure) {
			return answer(failure);
		}

	}

	/** Same type as Camunda's own mapper: the lower priority number wins (Jersey picks it among equals). */
	@Priority(Priorities.USER - 1000)
	public static class WrappedMapper implements ExceptionMapper<RestException> {

		@Override
		public Response toResponse(RestException failure) {
			return answer(failure);
		}

	}

	public static class DataAccessMapper implements ExceptionMapper<DataAccessException> {

		@Override
		public Response toResponse(DataAccessException failure) {
			return answer(failure);
		}

	}

	public static class TransactionMapper implements ExceptionMapper<TransactionException> {

		@Override
		public Response toResponse(TransactionException failure) {
			return answer(failure);
		}

	}

	/**
	 * JPA's own exceptions, as a flush at the commit of a task's transaction throws them: a case changed by another
	 * node's job in the same moment ({@code OptimisticLockException}) answered 500 in the two-node fault test.
	 */
	public static class JpaMapper implements ExceptionMapper<PersistenceException> {

		@Override
		public Response toResponse(PersistenceException failure) {
			return answer(failure);
		}

	}

	public static class PersistenceMapper implements ExceptionMapper<ProcessEnginePersistenceException> {

		@Override
		public Response toResponse(ProcessEnginePersistenceException failure) {
			return answer(failure);
		}

	}

}
