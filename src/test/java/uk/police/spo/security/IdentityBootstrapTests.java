package uk.police.spo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.diagnostics.FailureAnalysis;

@ExtendWith(ProcessEngineExtension.class)
class IdentityBootstrapTests {

	static final java.util.List<String> UNITS = java.util.List.of("unit-north", "unit-south");

	ProcessEngine engine;

	IdentityService identity;

	@BeforeEach
	void identity() {
		identity = engine.getIdentityService();
	}

	@AfterEach
	void clear() {
		identity.createUserQuery().list().stream().map(User::getId).forEach(identity::deleteUser);
		identity.createGroupQuery().list().stream().map(Group::getId).forEach(identity::deleteGroup);
	}

	@Test
	void withoutDemoUsersOrAnAdministratorStartUpStopsWithAClearMessage() {
		IdentityBootstrap bootstrap = new IdentityBootstrap(identity,
				new IdentityProperties(false, new IdentityProperties.Admin("", ""), null), UNITS);

		assertThatThrownBy(bootstrap::run).isInstanceOf(MissingAdministratorException.class)
			.hasMessageContaining("SPO_ADMIN_USER")
			.hasMessageContaining("SPO_ADMIN_PASSWORD");
		assertThat(identity.createUserQuery().count()).isZero();
	}

	@Test
	void theFailureAnalysisTellsTheOperatorWhatToSet() {
		FailureAnalysis analysis = new MissingAdministratorFailureAnalyzer()
			.analyze(new IllegalStateException(new MissingAdministratorException()));

		assertThat(analysis.getAction()).contains("SPO_ADMIN_USER", "SPO_ADMIN_PASSWORD");
	}

	@Test
	void theConfiguredAdministratorIsCreatedInTheAdminGroupsAndNoDemoUser() {
		new IdentityBootstrap(identity, new IdentityProperties(false, new IdentityProperties.Admin("chief", "s3cret!"), null), UNITS)
			.run();

		assertThat(identity.checkPassword("chief", "s3cret!")).isTrue();
		assertThat(identity.createUserQuery().memberOfGroup(SpoGroups.CAMUNDA_ADMIN).singleResult().getId())
			.isEqualTo("chief");
		assertThat(identity.createUserQuery().count()).isEqualTo(1);
		assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
			.contains("triage-officers", "investigators", "supervisors", "legal-advisers", "offender-managers",
					"admins", "partner-court", "partner-marac", "partner-housing", "partner-advocacy", "unit-north",
					"unit-south");
	}

	@Test
	void prometheussAccountIsCreatedInTheMetricsGroupOnlyWhenAPasswordIsGiven() {
		new IdentityBootstrap(identity, new IdentityProperties(false, new IdentityProperties.Admin("chief", "s3cret!"),
				new IdentityProperties.Admin("metrics", "")), UNITS).run();
		assertThat(identity.createUserQuery().userId("metrics").count()).as("no password, no account").isZero();

		new IdentityBootstrap(identity, new IdentityProperties(false, new IdentityProperties.Admin("chief", "s3cret!"),
				new IdentityProperties.Admin("scraper", "Scrape-9!")), UNITS).run();
		assertThat(identity.checkPassword("scraper", "Scrape-9!")).isTrue();
		assertThat(identity.createGroupQuery().groupMember("scraper").list()).extracting(Group::getId)
			.containsExactly(SpoGroups.METRICS);
	}

	@Test
	void demoUsersGetPasswordDemoAndTheirGroupsAndARerunChangesNothing() {
		IdentityBootstrap bootstrap = new IdentityBootstrap(identity,
				new IdentityProperties(true, new IdentityProperties.Admin(null, null), null), UNITS);
		bootstrap.run();
		bootstrap.run();

		assertThat(identity.createUserQuery().count()).isEqualTo(IdentityBootstrap.DEMO_USERS.size());
		assertThat(identity.checkPassword("triage", "demo")).isTrue();
		assertThat(identity.createGroupQuery().groupMember("triage").list()).extracting(Group::getId)
			.containsExactlyInAnyOrder("triage-officers", "unit-north");
		assertThat(identity.createGroupQuery().groupMember("investigator-south").list()).extracting(Group::getId)
			.containsExactlyInAnyOrder("investigators", "unit-south");
		assertThat(identity.createGroupQuery().groupMember("court").singleResult().getId()).isEqualTo("partner-court");
		assertThat(identity.checkPassword("marac", "demo")).isTrue();
		assertThat(identity.createGroupQuery().groupMember("marac").singleResult().getId()).isEqualTo("partner-marac");
		assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
			.containsExactlyInAnyOrder("admins", "camunda-admin");
	}

}
