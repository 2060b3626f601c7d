package com.bank.assistant.slots.escalation;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server that speaks the OpenAI chat-completions protocol, standing in for
 * the hosted large model (which cannot run here): it answers every
 * {@code POST /v1/chat/completions} with the intent and usage it was told, and keeps what
 * it was sent.
 */
final class ChatCompletionsServer implements AutoCloseable {

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String content = "{\"intent\": \"pix_transfer\", \"confidence\": 0.9}";

	private volatile long delayMillis;

	/**
	 * One request as received.
	 *
	 * @param authorization its Authorization header
	 * @param body its JSON body
	 */
	record Received(String authorization, String body) {

	}

	ChatCompletionsServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.server.createContext("/v1/chat/completions", this::answer);
		this.server.start();
	}

	/** A started server, on a free port. */
	static ChatCompletionsServer start() {
		try {
			return new ChatCompletionsServer();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	String baseUrl() {
		return "http://localhost:" + this.server.getAddress().getPort() + "/v1";
	}

	void answers(String messageContent) {
		this.content = messageContent;
		this.status = 200;
		this.delayMillis = 0;
	}

	void fails(int httpStatus) {
		this.status = httpStatus;
	}

	void reset() {
		this.received.clear();
		answers("{\"intent\": \"pix_transfer\", \"confidence\": 0.9}");
	}

	List<Received> received() {
		return this.received;
	}

	private void answer(HttpExchange exchange) throws IOException {
		this.received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
		pause();
		byte[] body = ((this.status == 200) ? completion() : "{\"error\": {\"message\": \"overloaded\"}}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(this.status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private String completion() {
		String escaped = this.content.replace("\\", "\\\\").replace("\"", "\\\"");
		return """
				{"id": "chatcmpl-local", "object": "chat.completion", "model": "test-large",
				 "choices": [{"index": 0, "finish_reason": "stop",
				              "message": {"role": "assistant", "content": "%s"}}],
				 "usage": {"prompt_tokens": 310, "completion_tokens": 12, "total_tokens": 322}}
				""".formatted(escaped);
	}

	private void pause() {
		try {
			Thread.sleep(this.delayMillis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
