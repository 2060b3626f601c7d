package com.bank.assistant.localstack.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.bank.assistant.auth.client.PkceLogin;
import tools.jackson.databind.JsonNode;

/**
 * {@code bin/assistant chat}: signs in as a customer and chats, interactively or one
 * message at a time.
 */
public final class ChatCommand {

	private final Arguments arguments;

	/** The command with its options. */
	public ChatCommand(Arguments arguments) {
		this.arguments = arguments;
	}

	/**
	 * Signs in, then sends {@code --say} and prints the reply as JSON, or chats line by
	 * line.
	 */
	public void run() throws IOException, InterruptedException {
		String customer = this.arguments.get("customer", "demo");
		String token = PkceLogin.cli(URI.create(this.arguments.get("issuer", "http://localhost:9000")))
			.accessToken(customer, this.arguments.get("password", customer));
		AssistantClient client = new AssistantClient(URI.create(this.arguments.get("gateway", "http://localhost:8080")),
				token);
		String conversation = this.arguments.get("conversation");
		if (conversation == null) {
			conversation = client.startConversation();
		}
		String say = this.arguments.get("say");
		String pin = this.arguments.get("pin");
		if (say == null && pin != null) {
			int status = client.stepUp(conversation, pin);
			System.out.println("{\"conversationId\": \"" + conversation + "\", \"stepUp\": "
					+ ((status == 204) ? "\"passed\"" : "\"refused\", \"status\": " + status) + "}");
			return;
		}
		if (say != null) {
			System.out.println(ChatSummary.of(client.say(conversation, say, this.arguments.get("locale"))));
			return;
		}
		interactive(client, conversation);
	}

	private void interactive(AssistantClient client, String conversation) throws IOException, InterruptedException {
		System.out.println("Conversation " + conversation + ". Type a message; numbers pick a button; Ctrl-D ends.");
		BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		JsonNode buttons = null;
		boolean pinPassed = false;
		System.out.print("> ");
		for (String line = input.readLine(); line != null; line = input.readLine()) {
			String text = pressedButton(line.strip(), buttons);
			if (!text.isEmpty()) {
				JsonNode reply = client.say(conversation, text, this.arguments.get("locale")).path("reply");
				buttons = reply.path("quickReplies");
				print(reply);
				boolean stepUp = "STEP_UP".equals(reply.path("dialogState").asString());
				// Asked once per step-up: a question answered meanwhile keeps the state.
				pinPassed = stepUp && (pinPassed || askPin(client, conversation, input, reply));
			}
			System.out.print("> ");
		}
	}

	/** Reads the PIN and sends it to the step-up endpoint; whether it was accepted. */
	private static boolean askPin(AssistantClient client, String conversation, BufferedReader input, JsonNode reply)
			throws IOException, InterruptedException {
		System.out.print("PIN (sent to the app's step-up endpoint, not the chat): ");
		String typed = input.readLine();
		int status = (typed != null) ? client.stepUp(conversation, typed.strip()) : 0;
		String yes = "en".equals(reply.path("locale").asString()) ? "yes" : "sim";
		System.out.println((status == 204) ? "PIN accepted: answer \"" + yes + "\"." : "PIN refused (" + status + ").");
		return status == 204;
	}

	private static String pressedButton(String line, JsonNode buttons) {
		if (buttons != null && line.matches("\\d") && Integer.parseInt(line) <= buttons.size()
				&& Integer.parseInt(line) > 0) {
			return buttons.get(Integer.parseInt(line) - 1).path("text").asString();
		}
		return line;
	}

	private static void print(JsonNode reply) {
		System.out.println("assistant: " + reply.path("text").asString());
		JsonNode buttons = reply.path("quickReplies");
		for (int i = 0; i < buttons.size(); i++) {
			System.out.println("  [" + (i + 1) + "] " + buttons.get(i).path("label").asString());
		}
	}

}
