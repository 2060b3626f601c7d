package com.bank.assistant.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bank.assistant.auth.client.ClientCredentials;
import com.bank.assistant.auth.client.PkceLogin;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.localstack.cli.AssistantClient;
import com.bank.assistant.localstack.stack.LocalStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole assistant as {@code bin/assistant run} starts it: real Kafka, Redis and
 * PostgreSQL, the authorization server and every service in its own JVM; a customer chats
 * through the gateway with a real token.
 */
@ExtendWith({ SharedLocalStack.class, StackLogDigest.class })
class ConversationEndToEndIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static LocalStack stack;

	private static String demoToken;

	@BeforeAll
	static void theWholeStack(LocalStack started) {
		stack = started;
		demoToken = PkceLogin.cli(URI.create(stack.issuerUrl())).accessToken("demo", "demo");
	}

	@Test
	void demoCustomerTransfersTwentyReaisToAnaAfterConfirmingIt() throws Exception {
		AssistantClient demo = new AssistantClient(URI.create(stack.gatewayUrl()), demoToken);
		String conversation = demo.startConversation();

		JsonNode reply = demo.say(conversation, "transfere 20 reais pra Ana", null).path("reply");
		assertThat(reply.path("intent").asString()).isEqualTo("pix_transfer");
		assertThat(reply.path("text").asString()).contains("R$ 20,00").contains("Ana");
		if (!"AWAITING_CONFIRMATION".equals(reply.path("dialogState").asString())) {
			reply = demo.say(conversation, "Ana Souza", null).path("reply");
			assertThat(reply.path("text").asString()).contains("R$ 20,00").contains("Ana Souza");
		}
		assertThat(reply.path("dialogState").asString()).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(reply.path("transfer").isMissingNode() || reply.path("transfer").isNull()).isTrue();

		reply = demo.say(conversation, "sim", null).path("reply");

		assertThat(reply.path("dialogState").asString()).isEqualTo("COMPLETED");
		JsonNode receipt = reply.path("transfer");
		assertThat(receipt.path("amount").path("amount").asString()).isEqualTo("20.00");
		assertThat(receipt.path("amount").path("currency").asString()).isEqualTo("BRL");
		assertThat(receipt.path("recipient").path("name").asString()).isEqualTo("Ana Souza");
		assertThat(receipt.path("balanceAfter").path("amount").asString()).isEqualTo("980.00");
		assertThat(reply.path("text").asString()).contains("R$ 20,00").contains("Ana Souza");
		theAuditTrailHoldsTheTransferMaskedAndPassesTheChecks(conversation);
	}

	/** Compliance's view through the gateway, as bin/assistant audit verify gets it. */
	private static void theAuditTrailHoldsTheTransferMaskedAndPassesTheChecks(String conversation)
			throws IOException, InterruptedException {
		String ops = ClientCredentials.ops(URI.create(stack.issuerUrl())).accessToken("audit.read");
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			String trail = get("/api/audit/conversations/" + conversation + "/trail", ops).body();
			assertThat(trail).contains("com.bank.assistant.transfer.TransferExecuted").doesNotContain("Ana Souza");
		});
		JsonNode report = JSON.readTree(get("/api/audit/checks", ops).body());
		assertThat(report.path("ok").asBoolean()).as(report.toString()).isTrue();
		assertThat(report.path("checks").valueStream().map((check) -> check.path("name").asString()))
			.contains("chains-verify", "transfers-confirmed");
	}

	private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	@Test
	void aConfirmationSentWhileTheTransferServiceIsDownIsHandledOnceAfterItsRestart() throws Exception {
		String bobToken = PkceLogin.cli(URI.create(stack.issuerUrl())).accessToken("bob", "bob");
		AssistantClient bob = new AssistantClient(URI.create(stack.gatewayUrl()), bobToken);
		String conversation = bob.startConversation();
		JsonNode reply = bob.say(conversation, "manda 15 reais pra Carla", null).path("reply");
		assertThat(reply.path("dialogState").asString()).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(reply.path("text").asString()).contains("R$ 15,00").contains("Carla Dias");

		stack.kill("transfer-service");
		bob.send(conversation, "sim");
		stack.restart("transfer-service");

		JsonNode balance = bob.say(conversation, "qual meu saldo?", null).path("reply");
		assertThat(balance.path("text").asString()).contains("R$ 485,00");
		assertThat(transferEventsOf("bob", "com.bank.assistant.transfer.TransferExecuted")).hasSize(1);
	}

	@Test
	void withoutAValidTokenNothingGetsInAndNothingReachesKafka() throws Exception {
		String marker = "token-probe-" + UUID.randomUUID();
		String conversation = new AssistantClient(URI.create(stack.gatewayUrl()), demoToken).startConversation();
		String tampered = demoToken.substring(0, demoToken.length() - 4) + "AAAA";

		HttpResponse<String> none = post("/api/conversations/" + conversation + "/messages", null, body(marker));
		HttpResponse<String> forged = post("/api/conversations/" + conversation + "/messages", tampered, body(marker));
		HttpResponse<String> forgedStart = post("/api/conversations", tampered, "{}");

		assertThat(List.of(none.statusCode(), forged.statusCode(), forgedStart.statusCode())).containsOnly(401);
		assertOnlyControlMessageReachedKafka(conversation, marker);
	}

	@Test
	void badInputGetsAClearProblemAndNothingReachesKafka() throws Exception {
		String marker = "bad-input-" + UUID.randomUUID();
		String conversation = new AssistantClient(URI.create(stack.gatewayUrl()), demoToken).startConversation();
		String messages = "/api/conversations/" + conversation + "/messages";

		assertProblem(post(messages, demoToken, body("   ")), 400);
		assertProblem(post(messages, demoToken, body(marker + "x".repeat(10 * 1024))), 413);
		assertProblem(post(messages, demoToken, "{\"text\": \"" + marker), 400);
		assertProblem(post("/api/conversations/" + UUID.randomUUID() + "/messages", demoToken, body(marker)), 404);

		assertOnlyControlMessageReachedKafka(conversation, marker);
	}

	/**
	 * A valid message sent last proves the probe sees the topic; none of the rejected
	 * ones may be there.
	 */
	private static void assertOnlyControlMessageReachedKafka(String conversation, String marker) throws Exception {
		String control = "oi " + marker + "-control";
		new AssistantClient(URI.create(stack.gatewayUrl()), demoToken).say(conversation, control, null);

		List<String> texts = chatTopicTexts();

		assertThat(texts).anyMatch((text) -> text.contains(control));
		assertThat(texts).filteredOn((text) -> text.contains(marker)).allMatch((text) -> text.contains(control));
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("detail").asString()).isNotBlank();
	}

	private static String body(String text) {
		return JSON.writeValueAsString(Map.of("text", text));
	}

	private static HttpResponse<String> post(String path, String token, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The transfer events of this type for this customer, read from the beginning. */
	private static List<JsonNode> transferEventsOf(String customer, String type) {
		return readTopic(Topics.TRANSFER_EVENTS).stream()
			.map(JSON::readTree)
			.filter((event) -> customer.equals(event.path("customerid").asString()))
			.filter((event) -> type.equals(event.path("type").asString()))
			.toList();
	}

	/** Every message text on the chat topic so far, read from the beginning. */
	private static List<String> chatTopicTexts() {
		return readTopic(Topics.CHAT_MESSAGES);
	}

	private static List<String> readTopic(String topic) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				stack.infrastructure().kafkaBootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG,
				"e2e-probe-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		List<String> texts = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			while (System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					texts.add(record.value());
				}
			}
		}
		return texts;
	}

}
