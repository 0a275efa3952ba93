package uk.police.spo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.police.spo.support.MySqlCompatibleTest;

/**
 * The groups' engine rights as they stand after start-up, asked of the engine for a user who is in that group only
 * (as a single sign-on user can be, without camunda-admin).
 */
class EngineAuthorizationsTests extends MySqlCompatibleTest {

	@Autowired
	AuthorizationService authorizations;

	@Test
	void administratorsReadEveryCasesInstancesTasksAndHistory() {
		List<String> admins = List.of(SpoGroups.ADMINS);

		assertThat(authorizations.isUserAuthorized("an-admin", admins, Permissions.READ_INSTANCE,
				Resources.PROCESS_DEFINITION)).isTrue();
		assertThat(authorizations.isUserAuthorized("an-admin", admins, Permissions.READ_HISTORY,
				Resources.PROCESS_DEFINITION)).isTrue();
		assertThat(authorizations.isUserAuthorized("an-admin", admins, Permissions.READ_TASK,
				Resources.PROCESS_DEFINITION)).isTrue();
		assertThat(authorizations.isUserAuthorized("an-admin", admins, Permissions.READ_HISTORY,
				Resources.DECISION_DEFINITION)).isTrue();
	}

	@Test
	void supervisorsHaveNoForceWideInstanceOrHistoryRights() {
		List<String> supervisors = List.of(SpoGroups.SUPERVISORS);

		assertThat(authorizations.isUserAuthorized("a-supervisor", supervisors, Permissions.READ,
				Resources.PROCESS_DEFINITION)).isTrue();
		assertThat(authorizations.isUserAuthorized("a-supervisor", supervisors, Permissions.READ_INSTANCE,
				Resources.PROCESS_DEFINITION)).isFalse();
		assertThat(authorizations.isUserAuthorized("a-supervisor", supervisors, Permissions.READ_HISTORY,
				Resources.PROCESS_DEFINITION)).isFalse();
		assertThat(authorizations.isUserAuthorized("a-supervisor", supervisors, Permissions.READ_HISTORY,
				Resources.DECISION_DEFINITION)).as("every unit's risk answers").isFalse();
		assertThat(authorizations.isUserAuthorized("a-supervisor", supervisors, Permissions.READ,
				Resources.PROCESS_INSTANCE)).isFalse();
	}

}
