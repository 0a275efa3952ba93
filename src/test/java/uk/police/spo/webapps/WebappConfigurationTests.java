package uk.police.spo.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import uk.police.spo.support.BrowserSession;
import uk.police.spo.support.MySqlCompatibleTest;

/**
 * Each webapp's configuration as the application serves it (Camunda's documented {@code config.js}): the force's
 * name, dates in UK order on a 24-hour clock (Camunda's defaults, moment's "LLL", are American with AM/PM).
 */
class WebappConfigurationTests extends MySqlCompatibleTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void everyWebappWritesDatesInUkOrderOnA24HourClock() {
		BrowserSession browser = BrowserSession.on(http);
		assertThat(BrowserSession.signedIn(browser.signIn("admin", "demo"))).isTrue();
		for (String app : List.of("tasklist", "cockpit", "admin")) {
			HttpResponse<String> config = browser.get("/camunda/app/" + app + "/scripts/config.js");
			assertThat(config.statusCode()).as(app).isEqualTo(200);
			String body = config.body();
			assertThat(body).as(app)
				.contains("vendor: 'Hertfordshire Constabulary ·'", "dateFormat: {", "monthName: 'MMMM'",
						"abbr: 'D MMM YYYY, HH:mm'", "short: 'D MMMM YYYY'")
				.containsPattern("normal: 'D MMMM? YYYY, HH:mm'")
				.containsPattern("long: 'dddd D MMMM YYYY, HH:mm(:ss)?'")
				.doesNotContain("LLL", "h:mm", " A'");
		}
	}

}
