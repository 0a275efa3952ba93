package uk.police.spo.packaged.faults;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The four partners as one local HTTP server (the court on its HTTPS transport's contract, docs/partners.md): each
 * receipt is counted by its {@code Idempotency-Key} and acknowledged with 200 and an {@code acknowledgementId}, as a
 * partner that dedupes by key does. The counts show what reached the partners and what reached them more than once.
 */
final class PartnerStub implements AutoCloseable {

	static final String[] PARTNERS = { "court", "marac", "housing", "advocacy" };

	private final HttpServer server;

	private final Map<String, AtomicInteger> receipts = new ConcurrentHashMap<>();

	/** How long a partner takes to answer after counting a receipt (a real partner's system takes its time too). */
	private volatile long answerDelayMillis;

	PartnerStub() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
		server.setExecutor(Executors.newFixedThreadPool(8));
		for (String partner : PARTNERS) {
			server.createContext("/" + partner + "/referrals", this::receive);
		}
		server.start();
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (InputStream body = exchange.getRequestBody()) {
			body.readAllBytes();
		}
		String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
		int status = key == null ? 400 : 200;
		if (key != null) {
			receipts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
		}
		if (answerDelayMillis > 0) {
			try {
				Thread.sleep(answerDelayMillis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		byte[] answer = (key == null ? "{}" : "{\"acknowledgementId\": \"ACK-" + key + "\"}").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	/** The environment that points the application's four partners here (court over HTTPS's contract). */
	Map<String, String> environment() {
		String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
		Map<String, String> env = new java.util.HashMap<>(Map.of("SPO_PARTNERS_COURT_TRANSPORT", "https",
				"SPO_PARTNERS_COURT_SMTP_HOST", "127.0.0.1", "SPO_PARTNERS_COURT_SMTP_FROM", "spo@force.test",
				"SPO_PARTNERS_COURT_SMTP_TO", "court@court.test"));
		for (String partner : PARTNERS) {
			String name = "SPO_PARTNERS_" + partner.toUpperCase(java.util.Locale.ROOT);
			env.put(name + "_ENDPOINT", base + partner + "/referrals");
			env.put(name + "_SIGNING_KEY", "faults-" + partner);
		}
		return env;
	}

	void answerAfter(long millis) {
		this.answerDelayMillis = millis;
	}

	/** Receipts per idempotency key. */
	Map<String, Integer> receipts() {
		Map<String, Integer> copy = new java.util.TreeMap<>();
		receipts.forEach((key, count) -> copy.put(key, count.get()));
		return copy;
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
