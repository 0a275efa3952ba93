package uk.police.spo.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TokenClaimsTests {

	final TokenClaims keycloak = new TokenClaims("preferred_username", "groups");

	@Test
	void keycloakGroupPathsBecomeCamundaGroupIds() {
		assertThat(keycloak.groups(Map.of("groups", List.of("/investigators", "unit-north", "/investigators", " ", ""))))
			.containsExactly("investigators", "unit-north");
	}

	@Test
	void aNestedGroupPathKeepsItsInnerSlashAndSoMatchesNoCamundaGroup() {
		assertThat(keycloak.groups(Map.of("groups", List.of("/force/unit-north")))).containsExactly("force/unit-north");
	}

	@Test
	void theGroupsClaimMayBeNestedOrASingleName() {
		TokenClaims roles = new TokenClaims("sub", "realm_access.roles");
		assertThat(roles.groups(Map.of("realm_access", Map.of("roles", List.of("supervisors", "unit-south")))))
			.containsExactly("supervisors", "unit-south");
		assertThat(roles.groups(Map.of("realm_access", Map.of("roles", "supervisors")))).containsExactly("supervisors");
		assertThat(roles.groups(Map.of("realm_access", "supervisors"))).isEmpty();
		assertThat(roles.groups(Map.of())).isEmpty();
	}

	@Test
	void groupsAreAuthoritiesWithoutAPrefix() {
		assertThat(keycloak.authorities(Map.of("groups", List.of("partner-court"))))
			.extracting(Object::toString)
			.containsExactly("partner-court");
	}

	@Test
	void theUserIdComesFromTheConfiguredClaimAndABlankOneNamesNobody() {
		assertThat(keycloak.userId(Map.of("preferred_username", "j.smith", "sub", "0c1f"))).isEqualTo("j.smith");
		assertThat(keycloak.userId(Map.of("preferred_username", " ", "sub", "0c1f"))).isNull();
		assertThat(keycloak.userId(Map.of("sub", "0c1f"))).isNull();
		assertThat(new TokenClaims("sub", "groups").userId(Map.of("sub", "0c1f"))).isEqualTo("0c1f");
	}

}
