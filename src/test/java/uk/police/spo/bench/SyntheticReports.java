package uk.police.spo.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Reports as the public sends them, in the mix of shared/domain.md: about 40% about ex-partners and a further third
 * about acquaintances (the rest partners, family, colleagues, strangers), most from victims themselves, 1 to 20
 * incidents (few incidents far more often than many), names in many scripts, postcodes of both units or none.
 */
final class SyntheticReports {

	private static final String[] NAMES = { "Aisha Khan", "Olena Kovalenko", "Олена Коваленко", "王芳", "李伟",
			"Σοφία Παπαδοπούλου", "محمد علي", "فاطمة الزهراء", "Siobhán Ní Bhriain", "Zofia Wójcik", "Kwame Mensah",
			"प्रिया शर्मा", "ਹਰਪ੍ਰੀਤ ਕੌਰ", "Dafydd ap Gruffydd", "Jürgen Müller", "Ngozi Okafor", "김민준", "Yusuf Yılmaz",
			"山田 花子", "Ewa Nowak", "Jean-Luc Lefèvre", "Àlex Puig", "Þórunn Jónsdóttir", "אברהם כהן", "Nguyễn Thị Lan",
			"Chloé O'Brien", "Emma Smith", "Tomasz Kowalski", "Amara Nwosu", "Раиса Иванова" };

	private static final String[] PLACES = { "12 High Street, Stevenage SG1 1AA", "4 Park Road, Luton LU2 7BB",
			"9 Church Lane, St Albans AL1 3AA", "77 London Road, Watford WD17 1JJ", "Flat 2, 5 Mill Way, Hemel HP1 1AB",
			null, null };

	private static final String[] BEHAVIOURS = { "CONTACT", "FOLLOWING", "MONITORING_ONLINE", "LOITERING",
			"INTERFERING_WITH_PROPERTY", "WATCHING", "GIFTS", "PUBLISHING", "THREATS", "OTHER" };

	private static final String[] WHAT = { "sent dozens of messages overnight", "waited outside my work again",
			"followed me home from the station", "left flowers and a note on the car", "posted photos of me online",
			"turned up at my mother's house", "created a fake account in my name", "scratched the car",
			"rang 40 times and left voicemails", "was watching from across the road" };

	private final Random random;

	SyntheticReports(long seed) {
		this.random = new Random(seed);
	}

	synchronized String next() {
		Map<String, Object> report = new LinkedHashMap<>();
		int who = random.nextInt(100);
		String reporterType = who < 75 ? "VICTIM" : who < 87 ? "THIRD_PARTY" : who < 92 ? "WITNESS" : "ANONYMOUS";
		report.put("reporterType", reporterType);
		report.put("immediateDanger", false);
		report.put("relationship", relationship());
		if (!reporterType.equals("ANONYMOUS")) {
			Map<String, Object> victim = new LinkedHashMap<>();
			victim.put("name", name());
			String place = PLACES[random.nextInt(PLACES.length)];
			if (place != null) {
				victim.put("address", place);
			}
			victim.put("phone", "07700 9%05d".formatted(random.nextInt(100_000)));
			if (random.nextBoolean()) {
				victim.put("email", "person" + random.nextInt(1_000_000) + "@example.org");
			}
			victim.put("safeContact", Map.of("method", "PHONE", "safeTimes", "weekday evenings", "voicemailSafe",
					random.nextBoolean()));
			report.put("victim", victim);
		}
		if (reporterType.equals("THIRD_PARTY") || reporterType.equals("WITNESS")) {
			report.put("reporter", Map.of("name", name(), "phone", "01632 96%04d".formatted(random.nextInt(10_000)),
					"relationshipToVictim", reporterType.equals("WITNESS") ? "neighbour" : "sister"));
		}
		Map<String, Object> suspect = new LinkedHashMap<>();
		suspect.put("name", name());
		suspect.put("description", "about 40, tall, drives a grey hatchback");
		if (random.nextInt(3) == 0) {
			suspect.put("onlineAccounts", List.of("@handle" + random.nextInt(100_000)));
		}
		report.put("suspect", suspect);
		List<Map<String, Object>> incidents = new ArrayList<>();
		double r = random.nextDouble();
		int count = 1 + (int) (19 * r * r * r);
		LocalDate today = LocalDate.now();
		for (int i = 0; i < count; i++) {
			incidents.add(Map.of("occurredOn", today.minusDays(1 + random.nextInt(365)).toString(), "behaviour",
					BEHAVIOURS[random.nextInt(BEHAVIOURS.length)], "location", "near home", "description",
					WHAT[random.nextInt(WHAT.length)]));
		}
		report.put("incidents", incidents);
		report.put("consentToPartnerReferral", random.nextInt(10) < 7);
		report.put("impact", "I no longer feel safe going out alone and have changed my route to work.");
		report.put("screening", Map.of("veryFrightened", random.nextBoolean(), "followed", random.nextBoolean(),
				"threatenedViolence", random.nextInt(4) == 0));
		try {
			return Api.JSON.writeValueAsString(report);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private String relationship() {
		int r = random.nextInt(100);
		if (r < 40) {
			return "EX_PARTNER";
		}
		if (r < 73) {
			return "ACQUAINTANCE";
		}
		if (r < 82) {
			return "PARTNER";
		}
		if (r < 90) {
			return "FAMILY";
		}
		return new String[] { "COLLEAGUE", "STRANGER", "UNKNOWN" }[random.nextInt(3)];
	}

	private String name() {
		return NAMES[random.nextInt(NAMES.length)];
	}

}
