package uk.police.spo.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoUsers create the demo users (password "demo"); true only in the embedded default profile
 * @param admin the first administrator, from SPO_ADMIN_USER / SPO_ADMIN_PASSWORD
 * @param metrics the account Prometheus scrapes with, from SPO_METRICS_USER / SPO_METRICS_PASSWORD; none without a
 *                password
 */
@ConfigurationProperties("spo.identity")
public record IdentityProperties(boolean demoUsers, Admin admin, Admin metrics) {

	public record Admin(String user, String password) {

		boolean isGiven() {
			return user != null && !user.isBlank() && password != null && !password.isBlank();
		}

	}

	public Admin admin() {
		return admin == null ? new Admin(null, null) : admin;
	}

	public Admin metrics() {
		return metrics == null ? new Admin(null, null) : metrics;
	}

}
