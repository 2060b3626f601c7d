package com.bank.assistant.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.Topics;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what: a customer never reads, continues or streams another customer's
 * conversation; each route needs its scope; one address cannot flood the gateway.
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

	@Test
	void theChatPageItsSignInSettingsAndTheApiDocumentAreOpen() {
		this.http.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Security-Policy",
					(csp) -> assertThat(csp).contains("connect-src 'self' " + AuthServerFixture.issuer()))
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("role=\"log\"", "aria-live=\"polite\""));
		this.http.get()
			.uri("/web-config.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.issuer")
			.isEqualTo(AuthServerFixture.issuer().toString())
			.jsonPath("$.clientId")
			.isEqualTo("assistant-web");
		this.http.get().uri("/assets/app.js").exchange().expectStatus().isOk();
		this.http.get()
			.uri("/openapi.yaml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((yaml) -> assertThat(yaml).startsWith("openapi: 3.1"));
		expectProblem(this.http.post().uri("/web-config.json").exchange(), 401);
	}

	@Test
	void operationsRoutesAndMetricsNeedScopeOperations() {
		String operations = AuthServerFixture.clientToken("operations");

		expectProblem(get(demo, "/api/ops/steps"), 403).jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("'operations'"));
		expectProblem(get(demo, "/actuator/metrics"), 403);
		expectProblem(this.http.get().uri("/actuator/metrics").exchange(), 401);
		assertThat(HttpStandIn.policy().requests()).isEmpty();

		get(operations, "/api/ops/steps").expectStatus().isOk();
		get(operations, "/actuator/metrics").expectStatus().isOk();
		assertThat(HttpStandIn.policy().requests()).containsExactly("/steps Bearer " + operations);
	}

	@Test
	void theStepUpPinGoesToTransferServiceWithTheCustomersToken() {
		expectProblem(this.http.post()
			.uri("/api/conversations/c-1/step-up")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"pin\":\"1234\"}")
			.exchange(), 401);
		assertThat(HttpStandIn.transfer().requests()).isEmpty();

		this.http.post()
			.uri("/api/conversations/c-1/step-up")
			.header("Authorization", "Bearer " + demo)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"pin\":\"1234\"}")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(HttpStandIn.transfer().requests()).containsExactly("/api/conversations/c-1/step-up Bearer " + demo);
	}

	@Test
	void theCatalogPrefixIsReservedToCatalogWrite() {
		String catalogWriter = AuthServerFixture.clientToken("catalog.write");
		String auditor = AuthServerFixture.clientToken("audit.read operations");

		expectProblem(post(demo, "/api/catalog/intents"), 403).jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("'catalog.write'"));
		expectProblem(post(auditor, "/api/catalog/intents"), 403);
		expectProblem(post(catalogWriter, "/api/catalog/intents"), 404);
		expectProblem(post(catalogWriter, "/api/conversations"), 403).jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("'chat'"));
	}

	@Test
	void aFloodFromOneAddressGets429BeforeAnyTokenIsRead() {
		// Well over the test's address bucket (100, refilled at 10/s) even on a slow
		// machine.
		List<ResponseEntity<String>> answers = Flux.range(0, 600)
			.flatMap((i) -> WebClient.create(baseUrl())
				.post()
				.uri("/api/conversations")
				.retrieve()
				.toEntity(String.class)
				.onErrorResume(WebClientResponseException.class,
						(ex) -> Mono.just(ResponseEntity.status(ex.getStatusCode())
							.headers(ex.getHeaders())
							.body(ex.getResponseBodyAsString()))),
					20)
			.collectList()
			.block(Duration.ofSeconds(60));

		assertThat(answers).extracting((answer) -> answer.getStatusCode().value()).contains(401, 429);
		ResponseEntity<String> refused = answers.stream()
			.filter((answer) -> answer.getStatusCode().value() == 429)
			.findFirst()
			.orElseThrow();
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody()).contains("from this address");
		// The next test class shares this address: wait until the bucket has refilled.
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.http.post()
				.uri("/api/conversations")
				.header("Authorization", "Bearer " + bob)
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value() == 201);
		sleep(Duration.ofSeconds(10));
	}

	private WebTestClient.ResponseSpec post(String token, String path) {
		return this.http.post()
			.uri(path)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange();
	}

	private WebTestClient.ResponseSpec get(String token, String path) {
		return this.http.get().uri(path).header("Authorization", "Bearer " + token).exchange();
	}

	private WebTestClient.ResponseSpec events(String token, String conversation, String lastEventId) {
		return this.http.get()
			.uri("/api/conversations/" + conversation + "/events")
			.header("Authorization", "Bearer " + token)
			.headers(lastEventId(lastEventId))
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange();
	}

}
