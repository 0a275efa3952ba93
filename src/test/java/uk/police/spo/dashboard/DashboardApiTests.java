package uk.police.spo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.spo.support.MySqlCompatibleTest;

/**
 * Every figure of the dashboard against cases written into the case tables on the MySQL-compatible server, read as
 * the difference the fixtures make (the schema is shared with the other integration tests), for a supervisor of the
 * fixtures' unit and one of the other unit; the pages' access rules and audit rows.
 */
class DashboardApiTests extends MySqlCompatibleTest {

	static final ZoneId UK = ZoneId.of("Europe/London");

	static final String SOUTH_SUPERVISOR = "supervisor-south-dashboard";

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@Autowired
	ObjectMapper json;

	CaseFixtures fixtures;

	@BeforeEach
	void southSupervisor() {
		fixtures = new CaseFixtures(jdbc);
		if (identity.createUserQuery().userId(SOUTH_SUPERVISOR).count() == 0) {
			User user = identity.newUser(SOUTH_SUPERVISOR);
			user.setPassword("demo");
			identity.saveUser(user);
			identity.createMembership(SOUTH_SUPERVISOR, "supervisors");
			identity.createMembership(SOUTH_SUPERVISOR, "unit-south");
		}
	}

	@AfterEach
	void removeFixtures() {
		fixtures.deleteAll();
	}

	JsonNode figures(String user) throws Exception {
		ResponseEntity<String> answer = http.withBasicAuth(user, "demo").getForEntity("/dashboard/figures", String.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return json.readTree(answer.getBody());
	}

	static long figure(JsonNode figures, String name) {
		return figures.get(name).get("count").asLong();
	}

	static long labelled(JsonNode list, String value) {
		for (JsonNode figure : list) {
			if (value.equals(figure.get("value").asText())) {
				return figure.get("count").asLong();
			}
		}
		return 0;
	}

	static long cell(JsonNode figures, String stage, String risk) {
		long n = 0;
		for (JsonNode cell : figures.get("openByStageAndRisk")) {
			if (cell.get("stage").asText().equals(stage) && cell.get("risk").asText().equals(risk)) {
				n += cell.get("count").asLong();
			}
		}
		return n;
	}

	static long sum(JsonNode list) {
		long n = 0;
		for (JsonNode figure : list) {
			n += figure.get("count").asLong();
		}
		return n;
	}

	/** Every number a figure of the JSON holds, by path, for comparing before and after. */
	record Snapshot(long highTriaged, long mediumInvestigation, long openHigh, long reported, long noSafeguarding,
			long noMarac, long spoPending, long spoGranted, long spoRefused, long inForce, long ending,
			long notificationOverdue, long breaches, long maracFailed, long housingQueued, long refusedCourt,
			long triageCases, long applicationCases) {

		static Snapshot of(JsonNode f) {
			return new Snapshot(cell(f, "TRIAGED", "HIGH"), cell(f, "UNDER_INVESTIGATION", "MEDIUM"),
					labelled(f.get("openByRisk"), "HIGH"), sum(f.get("reportedPerWeek")), figure(f, "noSafeguardingPlan"),
					figure(f, "noMaracReferral"), labelled(f.get("spoApplications"), "PENDING"),
					labelled(f.get("spoApplications"), "GRANTED"), labelled(f.get("spoApplications"), "REFUSED"),
					figure(f, "ordersInForce"), figure(f, "ordersEnding"), figure(f, "notificationsOverdue"),
					figure(f, "breaches"), labelled(f.get("referrals"), "MARAC.FAILED"),
					labelled(f.get("referrals"), "HOUSING.QUEUED"), refused(f, "COURT"),
					f.get("reportToTriage").get("cases").asLong(), f.get("reportToApplication").get("cases").asLong());
		}

		static long refused(JsonNode f, String partner) {
			for (JsonNode m : f.get("refusedMessages")) {
				if (m.get("label").asText().equals(partner)) {
					return m.get("count").asLong();
				}
			}
			return 0;
		}

		Snapshot minus(Snapshot before) {
			return new Snapshot(highTriaged - before.highTriaged, mediumInvestigation - before.mediumInvestigation,
					openHigh - before.openHigh, reported - before.reported, noSafeguarding - before.noSafeguarding,
					noMarac - before.noMarac, spoPending - before.spoPending, spoGranted - before.spoGranted,
					spoRefused - before.spoRefused, inForce - before.inForce, ending - before.ending,
					notificationOverdue - before.notificationOverdue, breaches - before.breaches,
					maracFailed - before.maracFailed, housingQueued - before.housingQueued,
					refusedCourt - before.refusedCourt, triageCases - before.triageCases,
					applicationCases - before.applicationCases);
		}

	}

	/** Writes the known data set in one unit; returns the references of its cases. */
	List<String> knownDataSet(String unit) {
		Instant now = Instant.now();
		Instant hourAgo = now.minus(Duration.ofHours(1));
		// 1: high risk, triaged 90 minutes after its report, no safeguarding plan, its MARAC referral failed
		String a = CaseFixtures.newReference();
		String aId = fixtures.newCase(a, unit, "TRIAGED", "HIGH", hourAgo.minus(Duration.ofMinutes(90)));
		fixtures.timeline(aId, hourAgo, "TRIAGE_COMPLETED", "Triage completed");
		fixtures.referral(aId, "MARAC", "FAILED", now);
		// 2: high risk with a plan, no MARAC referral; housing referral queued
		String b = CaseFixtures.newReference();
		String bId = fixtures.newCase(b, unit, "TRIAGED", "HIGH", hourAgo);
		fixtures.timeline(bId, hourAgo, "SAFEGUARDING_PLANNED", "Safeguarding plan: TARGET_HARDENING");
		fixtures.referral(bId, "HOUSING", "QUEUED", now);
		// 3: medium risk under investigation, SPO lodged, pending at court
		String c = CaseFixtures.newReference();
		String cId = fixtures.newCase(c, unit, "UNDER_INVESTIGATION", "MEDIUM", hourAgo);
		fixtures.spoApplication(cId, "LODGED", now);
		// 4: an order in force ending in 30 days, served 5 days ago and never notified, breached yesterday
		String d = CaseFixtures.newReference();
		String dId = fixtures.newCase(d, unit, "ORDER_IN_FORCE", "MEDIUM", now.minus(Duration.ofDays(200)));
		fixtures.spoApplication(dId, "FULL_GRANTED", now.minus(Duration.ofDays(190)));
		String order = fixtures.order(dId, "SERVED", LocalDate.now(UK).plusDays(30), now.minus(Duration.ofDays(5)));
		fixtures.breach(dId, order, now.minus(Duration.ofDays(1)));
		fixtures.refusedMessage(dId, d, "COURT");
		// 5: closed, its refused application and ended order count; a closed case is not open
		String e = CaseFixtures.newReference();
		String eId = fixtures.newCase(e, unit, "CLOSED", "HIGH", now.minus(Duration.ofDays(300)));
		fixtures.spoApplication(eId, "REFUSED", now.minus(Duration.ofDays(290)));
		fixtures.order(eId, "ENDED", LocalDate.now(UK).minusDays(10), null);
		return List.of(a, b, c, d, e);
	}

	@Test
	void eachFigureCountsTheKnownCasesForTheirUnitOnly() throws Exception {
		Snapshot northBefore = Snapshot.of(figures("supervisor"));
		Snapshot southBefore = Snapshot.of(figures(SOUTH_SUPERVISOR));
		Snapshot adminBefore = Snapshot.of(figures("admin"));

		knownDataSet("NORTH");

		Snapshot north = Snapshot.of(figures("supervisor")).minus(northBefore);
		assertThat(north).isEqualTo(new Snapshot(2, 1, 2, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
		assertThat(Snapshot.of(figures(SOUTH_SUPERVISOR)).minus(southBefore))
			.isEqualTo(new Snapshot(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
		assertThat(Snapshot.of(figures("admin")).minus(adminBefore)).isEqualTo(north);
	}

	@Test
	void eachFigureLinksToItsCasesAndAnotherUnitsSupervisorSeesNoneOfThem() {
		List<String> north = knownDataSet("NORTH");
		Map<String, List<String>> expected = Map.of(
				"/dashboard/cases?figure=no-safeguarding", List.of(north.get(0)),
				"/dashboard/cases?figure=no-marac", List.of(north.get(1)),
				"/dashboard/cases?figure=referrals&value=MARAC.FAILED", List.of(north.get(0)),
				"/dashboard/cases?figure=spo&value=PENDING", List.of(north.get(2)),
				"/dashboard/cases?figure=orders-ending", List.of(north.get(3)),
				"/dashboard/cases?figure=notification-overdue", List.of(north.get(3)),
				"/dashboard/cases?figure=breaches", List.of(north.get(3)),
				"/dashboard/cases?figure=stage&value=TRIAGED.HIGH", List.of(north.get(0), north.get(1)));
		expected.forEach((link, references) -> {
			String page = http.withBasicAuth("supervisor", "demo").getForObject(link, String.class);
			references.forEach(reference -> assertThat(page).as(link).contains(">" + reference + "</a>"));
			List<String> others = north.stream().filter(r -> !references.contains(r)).toList();
			others.forEach(reference -> assertThat(page).as(link).doesNotContain(">" + reference + "<"));
			String south = http.withBasicAuth(SOUTH_SUPERVISOR, "demo").getForObject(link, String.class);
			north.forEach(reference -> assertThat(south).as(link).doesNotContain(reference));
		});
	}

	@Test
	void theDashboardPageIsServedFromThisHostOnlyAndLinksEachFigure() {
		List<String> north = knownDataSet("NORTH");
		ResponseEntity<String> page = http.withBasicAuth("supervisor", "demo").getForEntity("/dashboard", String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'")
			.contains("style-src 'self'");
		assertThat(page.getBody()).contains("Supervisors&#39; dashboard", "<svg", "href=\"/dashboard/cases?figure=no-marac\"",
				"href=\"/dashboard/cases?figure=stage&amp;value=TRIAGED.HIGH\"", "/cases/" + north.get(0))
			.doesNotContain("<script", "style=\"");
	}

	@Test
	void aCasePageShowsSummaryTimelineAndAuditTrailAndIsAudited() {
		String reference = knownDataSet("NORTH").get(0);
		ResponseEntity<String> page = http.withBasicAuth("supervisor", "demo")
			.getForEntity("/cases/" + reference, String.class);
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(page.getBody()).contains("Case " + reference, "Triage completed", "Report received from VICTIM",
				"Audit trail");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_reference = ? and actor = ? "
				+ "and action = 'CONSULT' and purpose = 'case page'", Integer.class, reference, "supervisor"))
			.isEqualTo(1);

		ResponseEntity<String> south = http.withBasicAuth(SOUTH_SUPERVISOR, "demo")
			.getForEntity("/cases/" + reference, String.class);
		assertThat(south.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_reference = ? and actor = ?",
				Integer.class, reference, SOUTH_SUPERVISOR)).isZero();
	}

	@Test
	void officersWithoutSupervisionArRefusedAndAnonymousCallersMustLogIn() {
		assertThat(http.withBasicAuth("triage", "demo").getForEntity("/dashboard", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth("investigator", "demo")
			.getForEntity("/dashboard/figures", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.getForEntity("/dashboard", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anUnknownFigureOrValueIsABadRequest() {
		assertThat(http.withBasicAuth("supervisor", "demo")
			.getForEntity("/dashboard/cases?figure=nothing", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(http.withBasicAuth("supervisor", "demo")
			.getForEntity("/dashboard/cases?figure=stage&value=NOWHERE", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

}
