package uk.police.spo.security.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through an OpenID Connect provider such as Keycloak ({@code spo.security.oidc.*}). Off unless
 * {@code enabled}; the {@code oidc} profile switches it on and takes the provider from the environment.
 *
 * @param enabled accept the provider's bearer tokens on engine REST and the project's APIs
 * @param userClaim the claim that carries the user id (the id the engine, the audit log and the timeline record)
 * @param groupsClaim the claim that carries the user's groups, a dotted path for a nested claim
 *        ({@code realm_access.roles}); each group must be named like its Camunda group ({@code investigators},
 *        {@code unit-north}); a leading '/' of a Keycloak group path is dropped
 * @param basicAuth keep HTTP Basic against Camunda identity alongside bearer tokens (partners' system accounts and
 *        the break-glass administrator)
 * @param registrationId the client registration the webapps' login goes to
 *        ({@code spring.security.oauth2.client.registration.<id>}); the webapps log in through the provider only when
 *        a client registration is configured
 */
@ConfigurationProperties("spo.security.oidc")
public record OidcProperties(boolean enabled, @DefaultValue("preferred_username") String userClaim,
		@DefaultValue("groups") String groupsClaim, @DefaultValue("true") boolean basicAuth,
		@DefaultValue("keycloak") String registrationId) {
}
