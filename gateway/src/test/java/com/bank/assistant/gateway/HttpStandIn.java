package com.bank.assistant.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a service behind one of the gateway's routes (audit-service,
 * policy-service, transfer-service): answers every request with a small JSON body and
 * remembers the path and the Authorization header it got.
 */
final class HttpStandIn {

	private static HttpStandIn audit;

	private static HttpStandIn policy;

	private static HttpStandIn transfer;

	private final HttpServer server;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private HttpStandIn() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", (exchange) -> {
			this.requests.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
			byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	/** The audit-service of this test JVM, as the shared application context knows it. */
	static synchronized HttpStandIn audit() {
		if (audit == null) {
			audit = new HttpStandIn();
		}
		return audit;
	}

	/** The policy-service of this test JVM. */
	static synchronized HttpStandIn policy() {
		if (policy == null) {
			policy = new HttpStandIn();
		}
		return policy;
	}

	/** The transfer-service of this test JVM (its step-up endpoint). */
	static synchronized HttpStandIn transfer() {
		if (transfer == null) {
			transfer = new HttpStandIn();
		}
		return transfer;
	}

	/** Where the gateway's route must point. */
	String url() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	/** Each request received, as "path-and-query Authorization-header". */
	List<String> requests() {
		return List.copyOf(this.requests);
	}

}
