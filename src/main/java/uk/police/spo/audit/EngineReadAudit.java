package uk.police.spo.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.police.spo.system.EngineRestPaths;

/**
 * Reads of a case's process variables through engine REST and Camunda's webapps (a task form opened in Tasklist, the
 * variables tab in Cockpit) go into the audit log as CONSULT, like reads through the project's own APIs. The actor is
 * taken while the answer is written, when the webapps' own login is in force; the row is written once the answer
 * succeeded.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class EngineReadAudit extends OncePerRequestFilter {

	private static final Pattern TASK = Pattern
		.compile(EngineRestPaths.BASE + "/task/([^/]+)/(?:form-variables|variables)(?:/[^/]+)?$");

	private static final Pattern INSTANCE = Pattern
		.compile(EngineRestPaths.BASE + "/process-instance/([^/]+)/variables(?:/[^/]+)?$");

	private static final Pattern QUERY = Pattern.compile(EngineRestPaths.BASE + "(/history)?/variable-instance(?:/count)?$");

	private static final List<String> FIELDS = List.of("processVariables");

	private static final Logger log = LoggerFactory.getLogger(EngineReadAudit.class);

	private final AuditTrail audit;

	private final Actors actors;

	private final TaskService tasks;

	private final HistoryService history;

	private final TransactionTemplate transaction;

	EngineReadAudit(AuditTrail audit, Actors actors, TaskService tasks, HistoryService history,
			TransactionTemplate transaction) {
		this.audit = audit;
		this.actors = actors;
		this.tasks = tasks;
		this.history = history;
		this.transaction = transaction;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return read(request) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Read read = read(request);
		ActorOfResponse answer = new ActorOfResponse(response, actors);
		chain.doFilter(request, answer);
		if (answer.getStatus() >= 300 || answer.actor == null) {
			return;
		}
		try {
			String reference = read.caseReference().orElse(null);
			transaction.executeWithoutResult(status -> audit.recordFor(answer.actor, AuditAction.CONSULT, reference,
					FIELDS, read.purpose()));
		}
		catch (RuntimeException e) {
			// the answer has gone; a failed audit write must be seen by operations, never shown to the reader
			log.error("Audit entry for an engine read could not be written: {}", e.getClass().getName());
		}
	}

	private Read read(HttpServletRequest request) {
		String method = request.getMethod();
		String path = EngineRestPaths.path(request);
		Matcher task = TASK.matcher(path);
		if ("GET".equals(method) && task.matches()) {
			return new Read(() -> caseOfTask(task.group(2)), "task variables read");
		}
		Matcher instance = INSTANCE.matcher(path);
		if ("GET".equals(method) && instance.matches()) {
			return new Read(() -> caseOfInstance(instance.group(2)), "process variables read");
		}
		Matcher query = QUERY.matcher(path);
		if (("GET".equals(method) || "POST".equals(method)) && query.matches()) {
			String instanceId = Optional.ofNullable(request.getParameter("processInstanceIdIn"))
				.or(() -> Optional.ofNullable(request.getParameter("processInstanceId")))
				.map(ids -> ids.split(",")[0])
				.orElse(null);
			return new Read(() -> instanceId == null ? Optional.empty() : caseOfInstance(instanceId),
					query.group(2) == null ? "variable query" : "variable history query");
		}
		return null;
	}

	private Optional<String> caseOfTask(String taskId) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		return task == null ? Optional.empty() : caseOfInstance(task.getProcessInstanceId());
	}

	private Optional<String> caseOfInstance(String processInstanceId) {
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		return Optional.ofNullable(instance).map(HistoricProcessInstance::getBusinessKey);
	}

	private record Read(CaseLookup lookup, String purpose) {

		Optional<String> caseReference() {
			return lookup.find();
		}

	}

	@FunctionalInterface
	private interface CaseLookup {

		Optional<String> find();

	}

	/** Notes who is acting at the moment the answer's body is first written. */
	private static final class ActorOfResponse extends HttpServletResponseWrapper {

		private final Actors actors;

		private String actor;

		ActorOfResponse(HttpServletResponse response, Actors actors) {
			super(response);
			this.actors = actors;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			noteActor();
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			noteActor();
			return super.getWriter();
		}

		private void noteActor() {
			if (actor == null) {
				actor = actors.current();
			}
		}

	}

}
