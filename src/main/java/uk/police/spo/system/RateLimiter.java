package uk.police.spo.system;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client: {@code capacity} requests at once, refilled evenly over {@code period}. Remembers at
 * most {@code maxClients} clients (the least recently seen are forgotten), so a flood of addresses cannot exhaust
 * memory. One node's view: behind a load balancer each node limits on its own.
 */
public class RateLimiter {

	private final int capacity;

	private final double tokensPerMilli;

	private final Clock clock;

	private final Map<String, Bucket> buckets;

	public RateLimiter(int capacity, Duration period, int maxClients, Clock clock) {
		this.capacity = capacity;
		this.tokensPerMilli = capacity / (double) period.toMillis();
		this.clock = clock;
		this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > maxClients;
			}
		};
	}

	private static final class Bucket {

		double tokens;

		long updatedAt;

		Bucket(double tokens, long updatedAt) {
			this.tokens = tokens;
			this.updatedAt = updatedAt;
		}

	}

	/** Takes one request from the client's allowance; false when none is left. */
	public synchronized boolean tryAcquire(String client) {
		long now = clock.millis();
		Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
		bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * tokensPerMilli);
		bucket.updatedAt = now;
		if (bucket.tokens < 1) {
			return false;
		}
		bucket.tokens -= 1;
		return true;
	}

	/** Seconds until the client may try again. */
	public synchronized long secondsUntilNext(String client) {
		Bucket bucket = buckets.get(client);
		if (bucket == null || bucket.tokens >= 1) {
			return 0;
		}
		return (long) Math.ceil((1 - bucket.tokens) / tokensPerMilli / 1000.0);
	}

}
