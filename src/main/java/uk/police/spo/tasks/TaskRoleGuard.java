package uk.police.spo.tasks;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.police.spo.system.EngineRestPaths;

/**
 * Refuses, with 403 and the engine's error shape that Tasklist shows, any change to a task (claim, complete,
 * submit-form, variables, comments, the task itself ...) through engine REST or the webapps by a user who does not
 * work it ({@link TaskRoles}); paths that name no task ({@code /task/create}, {@code /task/count}) find none and pass.
 * The user is the Basic or bearer login for engine REST and the webapps' session login for Tasklist.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 15)
class TaskRoleGuard extends OncePerRequestFilter {

	private static final Pattern TASK_CHANGE = Pattern
		.compile(EngineRestPaths.BASE + "/task/([^/]+)(?:/.*)?$");

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	private final ObjectMapper json;

	TaskRoleGuard(TaskService tasks, AuthorizationService authorizations, ObjectMapper json) {
		this.tasks = tasks;
		this.authorizations = authorizations;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return READS.contains(request.getMethod()) || !TASK_CHANGE.matcher(EngineRestPaths.path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher matcher = TASK_CHANGE.matcher(EngineRestPaths.path(request));
		matcher.matches();
		Login login = matcher.group(1) == null ? basicOrBearerLogin() : webappLogin(request, matcher.group(1));
		Task task = login == null ? null : tasks.createTaskQuery().taskId(matcher.group(2)).singleResult();
		// a task the user may not even see (another unit's) is the engine's to refuse, as if there were none
		if (task == null || !authorizations.isUserAuthorized(login.userId(), login.groups(), Permissions.READ,
				Resources.TASK, task.getId())) {
			chain.doFilter(request, response);
			return;
		}
		Set<String> candidates = TaskRoles.candidateGroups(tasks.getIdentityLinksForTask(task.getId()));
		if (TaskRoles.mayWork(login.userId(), login.groups(), candidates, task.getAssignee())) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(),
				Map.of("type", "AuthorizationException", "message", TaskRoles.refusal(candidates)));
	}

	private static Login basicOrBearerLogin() {
		var user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated()) {
			return null;
		}
		return new Login(user.getName(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
	}

	private static Login webappLogin(HttpServletRequest request, String engine) {
		HttpSession session = request.getSession(false);
		Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
		Authentication login = logins == null ? null : logins.getAuthenticationForProcessEngine(engine);
		if (login instanceof UserAuthentication user) {
			return new Login(user.getName(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
		}
		return null;
	}

	private record Login(String userId, List<String> groups) {
	}

}
