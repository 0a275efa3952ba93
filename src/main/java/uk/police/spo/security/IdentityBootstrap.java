package uk.police.spo.security;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Makes sure the groups of shared/design.md exist, creates the demo users of the embedded default, and the first
 * administrator from the environment. Refuses to start a system that nobody could administer.
 */
@Component
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityBootstrap {

	private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

	static final String DEMO_PASSWORD = "demo";

	/** Demo user id to its groups; officers are in the north unit unless their name says south. */
	static final Map<String, List<String>> DEMO_USERS = Map.ofEntries(
			Map.entry("triage", List.of(SpoGroups.TRIAGE_OFFICERS, "unit-north")),
			Map.entry("triage-south", List.of(SpoGroups.TRIAGE_OFFICERS, "unit-south")),
			Map.entry("investigator", List.of(SpoGroups.INVESTIGATORS, "unit-north")),
			Map.entry("investigator-south", List.of(SpoGroups.INVESTIGATORS, "unit-south")),
			Map.entry("legal", List.of(SpoGroups.LEGAL_ADVISERS, "unit-north")),
			Map.entry("offender", List.of(SpoGroups.OFFENDER_MANAGERS, "unit-north")),
			Map.entry("supervisor", List.of(SpoGroups.SUPERVISORS, "unit-north")),
			Map.entry("admin", List.of(SpoGroups.ADMINS, SpoGroups.CAMUNDA_ADMIN)),
			Map.entry("court", List.of(SpoGroups.PARTNER_COURT)),
			Map.entry("marac", List.of(SpoGroups.PARTNER_MARAC)),
			Map.entry("housing", List.of(SpoGroups.PARTNER_HOUSING)),
			Map.entry("advocacy", List.of(SpoGroups.PARTNER_ADVOCACY)),
			Map.entry("metrics", List.of(SpoGroups.METRICS)));

	private final IdentityService identity;

	private final IdentityProperties properties;

	private final List<String> unitGroups;

	@Autowired
	IdentityBootstrap(IdentityService identity, IdentityProperties properties, UnitGroups units) {
		this(identity, properties, units.unitGroups());
	}

	IdentityBootstrap(IdentityService identity, IdentityProperties properties, List<String> unitGroups) {
		this.identity = identity;
		this.properties = properties;
		this.unitGroups = unitGroups;
	}

	void run() {
		ensureGroups();
		if (properties.demoUsers()) {
			DEMO_USERS.forEach((user, groups) -> ensureUser(user, DEMO_PASSWORD, groups));
		}
		IdentityProperties.Admin admin = properties.admin();
		if (admin.isGiven()) {
			ensureUser(admin.user(), admin.password(), List.of(SpoGroups.ADMINS, SpoGroups.CAMUNDA_ADMIN));
		}
		IdentityProperties.Admin metrics = properties.metrics();
		if (metrics.isGiven()) {
			ensureUser(metrics.user(), metrics.password(), List.of(SpoGroups.METRICS));
		}
		if (identity.createUserQuery().memberOfGroup(SpoGroups.CAMUNDA_ADMIN).count() == 0) {
			throw new MissingAdministratorException();
		}
	}

	private void ensureGroups() {
		SpoGroups.STAFF.forEach(id -> ensureGroup(id, "WORKFLOW"));
		SpoGroups.PARTNERS.forEach(id -> ensureGroup(id, "PARTNER"));
		ensureGroup(SpoGroups.CAMUNDA_ADMIN, "SYSTEM");
		ensureGroup(SpoGroups.METRICS, "SYSTEM");
		unitGroups.forEach(id -> ensureGroup(id, "UNIT"));
	}

	private void ensureGroup(String id, String type) {
		if (identity.createGroupQuery().groupId(id).count() > 0) {
			return;
		}
		Group group = identity.newGroup(id);
		group.setName(id);
		group.setType(type);
		identity.saveGroup(group);
	}

	private void ensureUser(String id, String password, List<String> groups) {
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setFirstName(id);
			user.setLastName("");
			user.setPassword(password);
			identity.saveUser(user);
			log.info("Created user '{}'", id);
		}
		for (String group : groups) {
			if (identity.createGroupQuery().groupId(group).count() == 0) {
				continue;
			}
			if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				identity.createMembership(id, group);
			}
		}
	}

}
