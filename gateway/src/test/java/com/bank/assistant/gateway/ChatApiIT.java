package com.bank.assistant.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.EventTypes;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.MessageReceived;
import com.bank.assistant.messaging.EnvelopeCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import reactor.core.publisher.Flux;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat API against the real Kafka and Redis and the real authorization server, with a
 * stand-in for the dialog chain.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatApiIT extends GatewayTestBase {

	private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> SSE = new ParameterizedTypeReference<>() {
	};

	private static String demo;

	private static String bob;

	private static String compliance;

	@BeforeAll
	static void tokens() {
		demo = AuthServerFixture.tokenOf("demo");
		bob = AuthServerFixture.tokenOf("bob");
		compliance = AuthServerFixture.tokenOf("compliance");
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
		CompletableFuture<ServerSentEvent<Map<String, Object>>> streamed = firstReply(conversation);
		Thread.sleep(500);

		Map<String, Object> answered = say(demo, conversation, "oi");

		assertThat(answered).containsEntry("conversationId", conversation).containsKey("messageId");
		assertThat(answered.get("reply")).isEqualTo(Map.of("text", "echo: oi", "locale", "pt-BR", "intent", "greeting",
				"dialogState", "IDLE", "quickReplies", List.of(Map.of("label", "Ajuda", "text", "ajuda"))));
		ServerSentEvent<Map<String, Object>> event = streamed.get(10, TimeUnit.SECONDS);
		assertThat(event.event()).isEqualTo("reply");
		assertThat(event.id()).matches("\\d+-\\d+");
		assertThat(event.data()).containsEntry("messageId", answered.get("messageId"))
			.containsEntry("text", "echo: oi")
			.containsKey("eventId");
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
		expectProblem(postMessage(compliance, path, "{\"text\":\"oi\"}"), 403);

		assertThat(KafkaTopics.recordsAfter(before)).isEmpty();
	}

	@Test
	@Order(7)
	void aCustomerOverTheRateLimitGets429() {
		List<String> answers = Flux.range(0, 100)
			.flatMap((i) -> WebClient.create(baseUrl())
				.post()
				.uri("/api/conversations")
				.header("Authorization", "Bearer " + bob)
				.exchangeToMono((response) -> response.bodyToMono(String.class)
					.defaultIfEmpty("")
					.map((body) -> response.statusCode().value() + " " + body)), 20)
			.collectList()
			.block(Duration.ofSeconds(60));

		assertThat(answers).anyMatch((answer) -> answer.startsWith("201"))
			.anyMatch((answer) -> answer.startsWith("429") && answer.contains("for this customer"));
	}

	private CompletableFuture<ServerSentEvent<Map<String, Object>>> firstReply(String conversation) {
		return WebClient.create(baseUrl())
			.get()
			.uri("/api/conversations/" + conversation + "/events")
			.header("Authorization", "Bearer " + demo)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.bodyToFlux(SSE)
			.filter((event) -> "reply".equals(event.event()))
			.next()
			.timeout(Duration.ofSeconds(15))
			.toFuture();
	}

}
