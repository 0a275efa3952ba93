package uk.police.spo.system;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Engine REST (Jersey) answers its own exceptions, a failure to reach the database with 500 like any other. These
 * mappers, nearer to those exceptions' types than Camunda's, answer it 503 with {@code Retry-After} and leave every
 * other exception to Camunda's own answer.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestDatabaseProblems {

	@Bean
	ResourceConfigCustomizer databaseUnavailableMappers() {
		return config -> config.register(DataAccessMapper.class)
			.register(TransactionMapper.class)
			.register(PersistenceMapper.class);
	}

	static Response answer(Throwable failure) {
		if (!DatabaseUnavailable.isCause(failure)) {
			return ExceptionHandlerHelper.getInstance().getResponse(failure);
		}
		String problem = "{\"type\":\"about:blank\",\"title\":\"" + DatabaseUnavailable.TITLE + "\",\"status\":503,"
				+ "\"detail\":\"" + DatabaseUnavailable.DETAIL + "\"}";
		return Response.status(Response.Status.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
			.type(MediaType.valueOf("application/problem+json"))
			.entity(problem)
			.build();
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

	public static class PersistenceMapper implements ExceptionMapper<ProcessEnginePersistenceException> {

		@Override
		public Response toResponse(ProcessEnginePersistenceException failure) {
			return answer(failure);
		}

	}

}
