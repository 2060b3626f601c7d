package com.bank.assistant.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.EventTypes;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.infra.SharedInfrastructure;
import com.bank.assistant.messaging.EnvelopeCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The chat API against the real Kafka and Redis and the real authorization server, with a
 * stand-in for the dialog chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"assistant.gateway.turn-timeout=4s",
		// The auth server's Tomcat is on this classpath too; the gateway runs on Netty.
		"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatApiIT {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> SSE = new ParameterizedTypeReference<>() {
	};

	private static ReplyStandIn standIn;

	private static final AuditStandIn auditService = new AuditStandIn();

	private static String demo;

	private static String bob;

	private static String compliance;

	@LocalServerPort
	private int port;

	private WebTestClient http;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.springProperties(null).forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri",
				() -> AuthServerFixture.issuer().toString());
		registry.add("AUDIT_SERVICE_URL", auditService::url);
	}

	@BeforeAll
	static void tokensAndStandIn() {
		demo = AuthServerFixture.tokenOf("demo");
		bob = AuthServerFixture.tokenOf("bob");
		compliance = AuthServerFixture.tokenOf("compliance");
		standIn = new ReplyStandIn();
	}

	@AfterAll
	static void stopStandIn() throws InterruptedException {
		standIn.close();
		auditService.close();
	}

	@BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(15))
			.build();
	}

	@Test
	@Order(1)
	void healthIsOpenForProbes() {
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	@Order(2)
	void noTokenOrTamperedTokenIsRefusedAndNothingIsPublished() {
		String conversation = startConversation(demo);
		Map<TopicPartition, Long> before = KafkaTopics.endOffsets(Topics.CHAT_MESSAGES);
		String tampered = demo.substring(0, demo.length() - 4) + (demo.endsWith("AAAA") ? "BBBB" : "AAAA");

		postMessage(null, conversation + "/messages", "{\"text\":\"oi\"}").expectStatus().isUnauthorized();
		expectProblem(postMessage(tampered, conversation + "/messages", "{\"text\":\"oi\"}"), 401);
		expectProblem(postMessage("not-a-jwt", conversation + "/messages", "{\"text\":\"oi\"}"), 401);
		expectProblem(this.http.post().uri("/api/conversations").exchange(), 401);

		assertThat(KafkaTopics.endOffsets(Topics.CHAT_MESSAGES)).isEqualTo(before);
		assertThat(KafkaTopics.recordsAfter(before)).isEmpty();
	}

	@Test
	@Order(3)
	void messageIsPublishedKeyedByConversationForTheTokensCustomer() {
		String conversation = startConversation(demo);
		Map<TopicPartition, Long> before = KafkaTopics.endOffsets(Topics.CHAT_MESSAGES);

		Map<String, Object> accepted = postMessage(demo, conversation + "/messages?wait=false",
				"{\"text\":\"transfere 20 reais pra Ana\",\"locale\":\"pt-BR\",\"customerId\":\"bob\"}")
			.expectStatus()
			.isAccepted()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();

		assertThat(accepted).containsEntry("conversationId", conversation).containsKey("messageId");
		List<ConsumerRecord<String, byte[]>> records = KafkaTopics.recordsAfter(before);
		assertThat(records).hasSize(1);
		Envelope envelope = new EnvelopeCodec().read(records.get(0).value());
		assertThat(records.get(0).key()).isEqualTo(conversation);
		assertThat(envelope.id()).isEqualTo(accepted.get("messageId"));
		assertThat(envelope.type()).isEqualTo(EventTypes.MESSAGE_RECEIVED);
		assertThat(envelope.customerid().value()).isEqualTo("demo");
		assertThat(envelope.correlationid()).isEqualTo(envelope.id());
		assertThat(envelope.deadline()).isAfter(envelope.time());
		assertThat(envelope.data()).isEqualTo(new MessageReceived("transfere 20 reais pra Ana", "pt-BR", "api"));
	}

	@Test
	@Order(4)
	void sendAndWaitReturnsTheReplyAndStreamsIt() throws Exception {
		awaitGatewayReadsReplies();
		String conversation = startConversation(demo);
		CompletableFuture<ServerSentEvent<Map<String, Object>>> streamed = firstEvent(conversation);
		Thread.sleep(500);

		Map<String, Object> answered = postMessage(demo, conversation + "/messages", "{\"text\":\"oi\"}").expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();

		assertThat(answered).containsEntry("conversationId", conversation).containsKey("messageId");
		assertThat(answered.get("reply")).isEqualTo(Map.of("text", "echo: oi", "locale", "pt-BR", "intent", "greeting",
				"dialogState", "IDLE", "quickReplies", List.of(Map.of("label", "Ajuda", "text", "ajuda"))));
		ServerSentEvent<Map<String, Object>> event = streamed.get(10, TimeUnit.SECONDS);
		assertThat(event.event()).isEqualTo("reply");
		assertThat(event.id()).isNotBlank();
		assertThat(event.data()).containsEntry("messageId", answered.get("messageId"))
			.containsEntry("text", "echo: oi");
	}

	@Test
	@Order(5)
	void lateReplyIsA504ThatSaysTheMessageWasAccepted() {
		String conversation = startConversation(demo);

		postMessage(demo, conversation + "/messages", "{\"text\":\"" + ReplyStandIn.SILENCE + "\"}").expectStatus()
			.isEqualTo(504)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.messageId")
			.isNotEmpty()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("accepted", "/events"));
	}

	@Test
	@Order(6)
	void badInputIsRefusedAndNothingIsPublished() {
		String conversation = startConversation(demo);
		Map<TopicPartition, Long> before = KafkaTopics.endOffsets(Topics.CHAT_MESSAGES);
		String path = conversation + "/messages";

		expectProblem(postMessage(demo, path, "{\"text\":\"   \"}"), 400);
		expectProblem(postMessage(demo, path, "{\"text\":\"" + "a".repeat(2001) + "\"}"), 400).jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("2000"));
		expectProblem(postMessage(demo, path, "{\"text\":\"" + "a".repeat(9000) + "\"}"), 413);
		expectProblem(postMessage(demo, path, "{\"text\": oi"), 400);
		expectProblem(postMessage(demo, path, "{\"text\":\"oi\",\"locale\":\"fr\"}"), 400);
		expectProblem(postMessage(demo, "c-unknown/messages", "{\"text\":\"oi\"}"), 404);
		expectProblem(postMessage(bob, path, "{\"text\":\"oi\"}"), 404);
		expectProblem(postMessage(compliance, path, "{\"text\":\"oi\"}"), 403);
		expectProblem(this.http.get()
			.uri("/api/conversations/" + conversation + "/events")
			.header("Authorization", "Bearer " + bob)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange(), 404);

		assertThat(KafkaTopics.recordsAfter(before)).isEmpty();
	}

	@Test
	@Order(7)
	void aCustomerOverTheRateLimitGets429() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			statuses.add(this.http.post()
				.uri("/api/conversations")
				.header("Authorization", "Bearer " + bob)
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value());
		}

		assertThat(statuses).contains(201, 429);
	}

	@Test
	@Order(8)
	void theAuditApiNeedsAuditReadAndGetsTheCallersTokenRelayed() {
		String operations = AuthServerFixture.operationsToken();

		expectProblem(this.http.get().uri("/api/audit/checks").exchange(), 401);
		expectProblem(audit(demo, "/api/audit/checks"), 403).jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("audit.read"));
		assertThat(auditService.requests()).isEmpty();

		audit(operations, "/api/audit/conversations/c-1/trail?reveal=true").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ok")
			.isEqualTo(true);

		assertThat(auditService.requests())
			.containsExactly("/conversations/c-1/trail?reveal=true Bearer " + operations);
	}

	private WebTestClient.ResponseSpec audit(String token, String path) {
		return this.http.get().uri(path).header("Authorization", "Bearer " + token).exchange();
	}

	private String startConversation(String token) {
		Map<String, Object> created = this.http.post()
			.uri("/api/conversations")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		return (String) created.get("conversationId");
	}

	private WebTestClient.ResponseSpec postMessage(String token, String path, String body) {
		WebTestClient.RequestBodySpec request = this.http.post()
			.uri("/api/conversations/" + path)
			.contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.bodyValue(body).exchange();
	}

	private static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.type")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isNotEmpty();
	}

	private CompletableFuture<ServerSentEvent<Map<String, Object>>> firstEvent(String conversation) {
		return WebClient.create("http://localhost:" + this.port)
			.get()
			.uri("/api/conversations/" + conversation + "/events")
			.header("Authorization", "Bearer " + demo)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.bodyToFlux(SSE)
			.next()
			.timeout(Duration.ofSeconds(15))
			.toFuture();
	}

	private static void awaitGatewayReadsReplies() {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> KafkaTopics.anonymousConsumerAssigned(Topics.DIALOG_REPLIES));
	}

}
