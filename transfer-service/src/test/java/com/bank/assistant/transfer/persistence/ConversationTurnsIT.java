package com.bank.assistant.transfer.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.AssistantEvent;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.messaging.EventSource;
import com.bank.assistant.transfer.IntegrationTest;
import com.bank.assistant.transfer.dialog.Announcements;
import com.bank.assistant.transfer.dialog.ConversationStore;
import com.bank.assistant.transfer.dialog.ConversationTurns;
import com.bank.assistant.transfer.dialog.EventPublisher;
import com.bank.assistant.transfer.dialog.ProcessedEvents;
import com.bank.assistant.transfer.dialog.TransferDialog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Turns on the real Redis: state as readable JSON, redeliveries and late events dropped.
 */
class ConversationTurnsIT extends IntegrationTest {

	private static final CustomerId BOB = new CustomerId("bob");

	private final List<AssistantEvent> published = new CopyOnWriteArrayList<>();

	private final ConversationId conversation = new ConversationId("turns-it-" + UUID.randomUUID());

	@Autowired
	private TransferDialog dialog;

	@Autowired
	private ConversationStore store;

	@Autowired
	private ProcessedEvents processed;

	@Autowired
	private StringRedisTemplate redis;

	@Test
	void stateIsKeptAsReadableJsonThatExpires() {
		turns(this::record).handle(message("pix_transfer",
				Map.of("amount", "20.00", "recipient", "Carla Dias", "pix_key", "carla.dias@example.com"), now()));
		String json = this.redis.opsForValue().get("transfer:conversation:" + this.conversation.value());
		assertThat(json).contains("\"state\":\"AWAITING_CONFIRMATION\"", "\"amount\":\"20.00\"",
				"\"name\":\"Carla Dias\"", "\"pendingTransfer\":\"E12345678");
		assertThat(this.redis.getExpire("transfer:conversation:" + this.conversation.value())).isPositive();
		assertThat(this.store.load(this.conversation)).get()
			.satisfies((state) -> assertThat(state.draft().recipient().pixKey()).isEqualTo("carla.dias@example.com"));
	}

	@Test
	void aRedeliveredEventIsHandledOnce() {
		Envelope greet = message("greet", Map.of(), now());
		turns(this::record).handle(greet);
		turns(this::record).handle(greet);
		assertThat(this.published).hasSize(1);
	}

	@Test
	void anEventOlderThanTheStateIsDropped() {
		Instant now = now();
		turns(this::record).handle(message("greet", Map.of(), now));
		turns(this::record).handle(message("check_balance", Map.of(), now.minusSeconds(5)));
		assertThat(this.published).hasSize(1);
	}

	@Test
	void aFailedTurnIsHandledAgainOnRetry() {
		Envelope balance = message("check_balance", Map.of(), now());
		AtomicBoolean failOnce = new AtomicBoolean(true);
		ConversationTurns flaky = turns((cause, events) -> {
			if (failOnce.getAndSet(false)) {
				throw new IllegalStateException("broker down");
			}
			record(cause, events);
		});
		assertThatIllegalStateException().isThrownBy(() -> flaky.handle(balance));
		flaky.handle(balance);
		assertThat(this.published).singleElement()
			.isInstanceOfSatisfying(AssistantReplied.class,
					(reply) -> assertThat(reply.text()).isEqualTo("Seu saldo é R$ 500,00."));
	}

	@Autowired
	private Announcements announcements;

	private ConversationTurns turns(Recorder recorder) {
		EventPublisher publisher = new EventPublisher() {

			@Override
			public void publish(Envelope cause, List<AssistantEvent> events) {
				recorder.record(cause, events);
			}

			@Override
			public void send(Envelope envelope) {
				recorder.record(envelope, List.of(envelope.data()));
			}

		};
		return new ConversationTurns(this.dialog, this.store, this.processed, publisher, this.announcements);
	}

	@FunctionalInterface
	private interface Recorder {

		void record(Envelope cause, List<AssistantEvent> events);

	}

	private void record(Envelope cause, List<AssistantEvent> events) {
		this.published.addAll(events);
	}

	private Envelope message(String intent, Map<String, String> slots, Instant at) {
		Map<String, SlotValue> values = new LinkedHashMap<>();
		slots.forEach((name, value) -> values.put(name, new SlotValue(value, 0, 0, 0.9)));
		SlotsUpdated data = new SlotsUpdated("...", "pt-BR", intent, 0.9, List.of(), values, values,
				List.copyOf(values.keySet()), List.of(), Map.of(), List.of(), Map.of(), false, List.of(), null);
		EventSource source = new EventSource("slot-filling-service", Clock.fixed(at, ZoneOffset.UTC));
		return source.first(this.conversation, BOB, at.plus(Duration.ofSeconds(5)), data);
	}

	private static Instant now() {
		return Instant.now();
	}

}
