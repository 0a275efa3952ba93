package uk.police.spo.partners.simulated;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What the simulated HTTP partners received, in memory. The same {@code Idempotency-Key} again is the same referral:
 * it keeps its first acknowledgement id and counts the delivery. Each partner keeps its newest {@link #LIMIT}.
 */
@Component
@SimulatedPartners
class SimulatedReceipts {

	static final int LIMIT = 200;

	private final Map<String, LinkedHashMap<String, ReceivedReferral>> byPartner = new LinkedHashMap<>();

	private final Map<String, Integer> acknowledged = new LinkedHashMap<>();

	private final Clock clock;

	SimulatedReceipts(Clock clock) {
		this.clock = clock;
	}

	/** Keeps the referral (or counts a repeat of it) and returns it as kept. */
	synchronized ReceivedReferral receive(String partner, String idempotencyKey, Map<String, Object> fields) {
		LinkedHashMap<String, ReceivedReferral> received = byPartner.computeIfAbsent(partner, p -> new LinkedHashMap<>());
		ReceivedReferral earlier = received.get(idempotencyKey);
		if (earlier != null) {
			ReceivedReferral repeat = earlier.again();
			received.put(idempotencyKey, repeat);
			return repeat;
		}
		int number = acknowledged.merge(partner, 1, Integer::sum);
		ReceivedReferral first = new ReceivedReferral(partner, idempotencyKey, "SIM-" + partner + "-" + number,
				clock.instant(), 1, Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
		received.put(idempotencyKey, first);
		if (received.size() > LIMIT) {
			received.remove(received.keySet().iterator().next());
		}
		return first;
	}

	/** A partner's referrals, newest first. */
	synchronized List<ReceivedReferral> of(String partner) {
		List<ReceivedReferral> newestFirst = new ArrayList<>(byPartner.getOrDefault(partner, new LinkedHashMap<>()).values());
		Collections.reverse(newestFirst);
		return newestFirst;
	}

}
