package uk.police.spo.dashboard;

import java.util.Arrays;
import java.util.List;

/** How the dashboard groups SPO applications' statuses (orders.SpoApplicationStatus). */
enum SpoStage {

	PREPARING("Being prepared", List.of("DRAFTING", "IN_REVIEW", "APPROVED")),
	PENDING("Pending at court", List.of("LODGED", "INTERIM_GRANTED", "APPEALED")),
	GRANTED("Granted", List.of("FULL_GRANTED")),
	REFUSED("Refused", List.of("REFUSED", "APPEAL_REFUSED"));

	final String label;

	final List<String> statuses;

	SpoStage(String label, List<String> statuses) {
		this.label = label;
		this.statuses = statuses;
	}

	static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

	static SpoStage of(String status) {
		return Arrays.stream(values()).filter(s -> s.statuses.contains(status)).findFirst().orElse(null);
	}

}
