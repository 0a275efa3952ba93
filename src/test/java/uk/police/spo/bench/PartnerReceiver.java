package uk.police.spo.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * The partners MARAC, housing and advocacy, simulated for the run: one HTTP server on a free loopback port taking
 * {@code POST /<partner>/referrals}, noting when each case's first referral to each partner arrived (the case
 * reference is in the body) and acknowledging with 200 and an acknowledgement id.
 */
final class PartnerReceiver implements AutoCloseable {

	private static final Pattern REFERENCE = Pattern.compile("SH-\\d{4}-\\d{6}");

	private final HttpServer server;

	private final Map<String, Long> received = new ConcurrentHashMap<>();

	private final AtomicInteger deliveries = new AtomicInteger();

	PartnerReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/", exchange -> {
			long now = System.nanoTime();
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			String partner = exchange.getRequestURI().getPath().split("/")[1];
			Matcher reference = REFERENCE.matcher(body);
			if (reference.find()) {
				received.putIfAbsent(partner + " " + reference.group(), now);
			}
			deliveries.incrementAndGet();
			byte[] answer = ("{\"acknowledgementId\": \"BENCH-" + deliveries.get() + "\"}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		server.start();
	}

	String endpoint(String partner) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + partner + "/referrals";
	}

	/** When (System.nanoTime) the partner first received a referral of the case; null if it has not. */
	Long receivedAt(String partner, String reference) {
		return received.get(partner + " " + reference);
	}

	int deliveries() {
		return deliveries.get();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
