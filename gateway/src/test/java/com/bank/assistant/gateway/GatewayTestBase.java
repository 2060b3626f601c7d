package com.bank.assistant.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import com.bank.assistant.contracts.Topics;
import com.bank.assistant.infra.SharedInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * The gateway against the real Kafka and Redis and the real authorization server, with
 * stand-ins for the dialog chain and audit-service. Every subclass shares one application
 * context (same configuration), so the test JVM starts the gateway once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"assistant.gateway.turn-timeout=4s", "assistant.gateway.rate-limit.replenish-rate=5",
		"assistant.gateway.rate-limit.burst-capacity=40", "assistant.gateway.ip-rate-limit.replenish-rate=10",
		"assistant.gateway.ip-rate-limit.burst-capacity=100",
		// The auth server's Tomcat is on this classpath too; the gateway runs on Netty.
		"spring.autoconfigure.exclude=org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration" })
abstract class GatewayTestBase {

	static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	int port;

	WebTestClient http;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.springProperties(null).forEach((key, value) -> registry.add(key, () -> value));
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri",
				() -> AuthServerFixture.issuer().toString());
		registry.add("AUDIT_SERVICE_URL", () -> HttpStandIn.audit().url());
		registry.add("POLICY_SERVICE_URL", () -> HttpStandIn.policy().url());
		registry.add("TRANSFER_SERVICE_URL", () -> HttpStandIn.transfer().url());
		ReplyStandIn.shared();
	}

	@org.junit.jupiter.api.BeforeEach
	void client() {
		this.http = WebTestClient.bindToServer().baseUrl(baseUrl()).responseTimeout(Duration.ofSeconds(15)).build();
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	String startConversation(String token) {
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

	WebTestClient.ResponseSpec postMessage(String token, String path, String body) {
		WebTestClient.RequestBodySpec request = this.http.post()
			.uri("/api/conversations/" + path)
			.contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.bodyValue(body).exchange();
	}

	/** Sends a message, waits for its reply and returns the answer's JSON. */
	Map<String, Object> say(String token, String conversation, String text) {
		return postMessage(token, conversation + "/messages", "{\"text\":\"" + text + "\"}").expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	static WebTestClient.BodyContentSpec expectProblem(WebTestClient.ResponseSpec response, int status) {
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

	/** Sets {@code Last-Event-ID} when there is one. */
	static Consumer<HttpHeaders> lastEventId(String id) {
		return (headers) -> {
			if (id != null) {
				headers.set("Last-Event-ID", id);
			}
		};
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits until this gateway's anonymous consumer reads the replies topic. */
	static void awaitGatewayReadsReplies() {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> KafkaTopics.anonymousConsumerAssigned(Topics.DIALOG_REPLIES));
	}

}
