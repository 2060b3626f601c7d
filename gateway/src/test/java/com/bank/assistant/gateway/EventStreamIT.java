package com.bank.assistant.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.bank.assistant.gateway.chat.ReplyPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event stream: a client that reconnects with {@code Last-Event-ID} gets every reply
 * after it from the Redis reply log, then the live ones, none twice; typing signals.
 */
class EventStreamIT extends GatewayTestBase {

	private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> SSE = new ParameterizedTypeReference<>() {
	};

	private static String demo;

	@BeforeAll
	static void token() {
		demo = AuthServerFixture.tokenOf("demo");
	}

	@BeforeEach
	void gatewayReadsReplies() {
		awaitGatewayReadsReplies();
	}

	@Test
	void aReconnectingClientGetsEveryReplyAfterItsLastEventIdThenLiveOnesOnce() {
		String conversation = startConversation(demo);
		List<Object> sent = new ArrayList<>();
		for (String text : List.of("um", "dois", "tres")) {
			sent.add(say(demo, conversation, text).get("messageId"));
		}

		List<ServerSentEvent<Map<String, Object>>> fromStart = replies(conversation, "0").take(3)
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(messageIds(fromStart)).containsExactlyElementsOf(sent);
		assertThat(fromStart).extracting(ServerSentEvent::id).doesNotContainNull().doesNotHaveDuplicates();

		List<ServerSentEvent<Map<String, Object>>> resumed = new CopyOnWriteArrayList<>();
		Disposable stream = replies(conversation, fromStart.get(0).id()).subscribe(resumed::add);
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> resumed.size() == 2);
			sent.add(say(demo, conversation, "quatro").get("messageId"));
			await().atMost(Duration.ofSeconds(10)).until(() -> resumed.size() >= 3);
			sleep(Duration.ofSeconds(1));
		}
		finally {
			stream.dispose();
		}

		assertThat(messageIds(resumed)).containsExactlyElementsOf(sent.subList(1, 4));
		assertThat(resumed.get(2).data()).containsEntry("text", "echo: quatro");
	}

	@Test
	void repliesArrivingWhileAClientResumesAreNeitherLostNorRepeated() throws Exception {
		String conversation = startConversation(demo);
		say(demo, conversation, "primeiro");
		String first = replies(conversation, "0").blockFirst(Duration.ofSeconds(10)).id();
		List<Object> accepted = new CopyOnWriteArrayList<>();
		Thread sender = new Thread(() -> {
			for (int i = 0; i < 12; i++) {
				accepted.add(accept(conversation, "mensagem " + i).get("messageId"));
			}
		});

		List<ServerSentEvent<Map<String, Object>>> resumed = new CopyOnWriteArrayList<>();
		sender.start();
		sleep(Duration.ofMillis(50));
		Disposable stream = replies(conversation, first).subscribe(resumed::add);
		try {
			sender.join(20_000);
			await().atMost(Duration.ofSeconds(15)).until(() -> resumed.size() >= 12);
			sleep(Duration.ofSeconds(1));
		}
		finally {
			stream.dispose();
		}

		// Every reply once, in the log's order; which reply the chain sent first is its
		// own
		// business.
		assertThat(messageIds(resumed)).containsExactlyInAnyOrderElementsOf(accepted);
		assertThat(positions(resumed)).isSorted().doesNotHaveDuplicates();
	}

	private static List<ReplyPosition> positions(List<ServerSentEvent<Map<String, Object>>> events) {
		return events.stream().map((event) -> ReplyPosition.parse(event.id())).toList();
	}

	@Test
	void aTypingSignalComesBeforeTheReplyAndMovesNoEventId() {
		String conversation = startConversation(demo);
		List<ServerSentEvent<Map<String, Object>>> events = new CopyOnWriteArrayList<>();
		Disposable stream = events(conversation, null).filter((event) -> event.event() != null).subscribe(events::add);
		try {
			sleep(Duration.ofMillis(500));
			Object messageId = accept(conversation, "oi").get("messageId");
			await().atMost(Duration.ofSeconds(10)).until(() -> events.size() >= 2);

			assertThat(events.get(0).event()).isEqualTo("typing");
			assertThat(events.get(0).id()).isNull();
			assertThat(events.get(0).data()).containsEntry("messageId", messageId);
			assertThat(events.get(1).event()).isEqualTo("reply");
			assertThat(events.get(1).data()).containsEntry("messageId", messageId);
		}
		finally {
			stream.dispose();
		}
	}

	@Test
	void aLastEventIdThatIsNoReplyIdIsABadRequest() {
		String conversation = startConversation(demo);

		expectProblem(this.http.get()
			.uri("/api/conversations/" + conversation + "/events")
			.header("Authorization", "Bearer " + demo)
			.header("Last-Event-ID", "not-an-id")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange(), 400).jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("Last-Event-ID"));
	}

	private Map<String, Object> accept(String conversation, String text) {
		return postMessage(demo, conversation + "/messages?wait=false", "{\"text\":\"" + text + "\"}").expectStatus()
			.isAccepted()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	private Flux<ServerSentEvent<Map<String, Object>>> replies(String conversation, String lastEventId) {
		return events(conversation, lastEventId).filter((event) -> "reply".equals(event.event()));
	}

	private Flux<ServerSentEvent<Map<String, Object>>> events(String conversation, String lastEventId) {
		return WebClient.create(baseUrl())
			.get()
			.uri("/api/conversations/" + conversation + "/events")
			.header("Authorization", "Bearer " + demo)
			.headers(lastEventId(lastEventId))
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.bodyToFlux(SSE);
	}

	private static List<Object> messageIds(List<ServerSentEvent<Map<String, Object>>> events) {
		return events.stream().map((event) -> event.data().get("messageId")).toList();
	}

}
