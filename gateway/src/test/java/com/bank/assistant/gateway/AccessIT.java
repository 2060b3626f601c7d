package com.bank.assistant.gateway;

import java.util.Map;

import com.bank.assistant.contracts.Topics;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what: a customer never reads, continues or streams another customer's
 * conversation; each route needs its scope.
 */
class AccessIT extends GatewayTestBase {

	private static String demo;

	private static String bob;

	@BeforeAll
	static void tokens() {
		demo = AuthServerFixture.tokenOf("demo");
		bob = AuthServerFixture.tokenOf("bob");
	}

	@Test
	void aCustomerCanNeitherContinueNorStreamNorResumeAnotherCustomersConversation() {
		String conversation = startConversation(demo);
		Map<TopicPartition, Long> before = KafkaTopics.endOffsets(Topics.CHAT_MESSAGES);
		String path = conversation + "/messages";

		expectProblem(postMessage(bob, path, "{\"text\":\"oi\"}"), 404);
		expectProblem(postMessage(bob, path + "?wait=false", "{\"text\":\"oi\"}"), 404);
		expectProblem(events(bob, conversation, null), 404);
		expectProblem(events(bob, conversation, "0"), 404).jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).doesNotContain("demo"));

		assertThat(KafkaTopics.recordsAfter(before)).isEmpty();
	}

	@Test
	void theAuditApiNeedsAuditReadAndGetsTheCallersTokenRelayed() {
		String operations = AuthServerFixture.operationsToken();

		expectProblem(this.http.get().uri("/api/audit/checks").exchange(), 401);
		expectProblem(get(demo, "/api/audit/checks"), 403).jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("audit.read"));
		assertThat(HttpStandIn.audit().requests()).isEmpty();

		get(operations, "/api/audit/conversations/c-1/trail?reveal=true").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ok")
			.isEqualTo(true);

		assertThat(HttpStandIn.audit().requests())
			.containsExactly("/conversations/c-1/trail?reveal=true Bearer " + operations);
	}

	private WebTestClient.ResponseSpec get(String token, String path) {
		return this.http.get().uri(path).header("Authorization", "Bearer " + token).exchange();
	}

	private WebTestClient.ResponseSpec events(String token, String conversation, String lastEventId) {
		return this.http.get()
			.uri("/api/conversations/" + conversation + "/events")
			.header("Authorization", "Bearer " + token)
			.headers((headers) -> {
				if (lastEventId != null) {
					headers.set("Last-Event-ID", lastEventId);
				}
			})
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange();
	}

}
