package com.bank.assistant.localstack.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the gateway's chat API as one signed-in customer. */
public final class AssistantClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI gateway;

	private final String accessToken;

	/** A client of the gateway at {@code gateway} using this bearer token. */
	public AssistantClient(URI gateway, String accessToken) {
		this.gateway = gateway;
		this.accessToken = accessToken;
	}

	/** Opens a new conversation and returns its id. */
	public String startConversation() throws IOException, InterruptedException {
		return post("/api/conversations", Map.of()).get("conversationId").asString();
	}

	/**
	 * Sends one message and waits for the assistant's reply; the gateway's JSON answer.
	 */
	public JsonNode say(String conversationId, String text, String locale) throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("text", text);
		if (locale != null) {
			body.put("locale", locale);
		}
		return post("/api/conversations/" + conversationId + "/messages", body);
	}

	/**
	 * Sends one message without waiting for the reply; its message id, once Kafka has it.
	 */
	public String send(String conversationId, String text) throws IOException, InterruptedException {
		return post("/api/conversations/" + conversationId + "/messages?wait=false", Map.of("text", text))
			.get("messageId")
			.asString();
	}

	/**
	 * Sends the transaction PIN for the transfer waiting for it in this conversation, as
	 * the app's PIN pad does (never as a chat message); the HTTP status: 204 when it is
	 * right, 403 when wrong, 409 when nothing waits for a PIN.
	 */
	public int stepUp(String conversationId, String pin) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(this.gateway.resolve("/api/conversations/" + conversationId + "/step-up"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.accessToken)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("pin", pin))))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private JsonNode post(String path, Map<String, Object> body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.gateway.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.accessToken)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IOException("The gateway answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

}
