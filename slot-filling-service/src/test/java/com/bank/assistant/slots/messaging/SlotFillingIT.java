package com.bank.assistant.slots.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.Topics;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.infra.SharedInfrastructure;
import com.bank.assistant.slots.contacts.Contact;
import com.bank.assistant.slots.contacts.ContactDirectory;
import com.bank.assistant.slots.frame.SlotFrame;
import com.bank.assistant.slots.turn.SlotMemory;
import com.bank.assistant.slots.turn.SlotMemoryStore;
import com.bank.assistant.slots.turn.StoredMemory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The service on real Kafka, Redis and PostgreSQL: conversations turn by turn, given the
 * demo customer's saved contacts, when the customer says something, then the update.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SlotFillingIT {

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private ContactDirectory contacts;

	@Autowired
	private SlotMemoryStore memories;

	@DynamicPropertySource
	static void sharedInfrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.springProperties("contacts").forEach((name, value) -> registry.add(name, () -> value));
	}

	@Test
	void asksTurnByTurnUntilTheFrameIsCompleteAndTakesACorrection() throws Exception {
		try (KafkaTurns turns = new KafkaTurns()) {
			SlotsUpdated update = turns.says("pix_transfer", "quero fazer um pix");
			assertThat(update.missing()).startsWith("amount");

			update = turns.says("inform", "50");
			assertThat(update.missing()).containsExactly("recipient");

			update = turns.says("inform", "pra ana");
			assertThat(update.problems()).containsEntry("recipient", "AMBIGUOUS_CONTACT");
			assertThat(update.candidates()).containsExactly(new Recipient("Ana Souza", "ana.souza@example.com"),
					new Recipient("Ana Lima", "+5511987654321"));

			Envelope complete = turns.updateOf(turns.send(Topics.NLU_INTENTS, turns.detected("inform", "a Souza")));
			update = complete.dataAs(SlotsUpdated.class);
			assertThat(values(update)).containsExactlyEntriesOf(orderedValues("amount", "50.00", "currency", "BRL",
					"recipient", "Ana Souza", "pix_key", "ana.souza@example.com"));
			assertThat(update.missing()).isEmpty();
			assertThat(update.problems()).isEmpty();

			turns.dialogReplies(complete, "AWAITING_CONFIRMATION");
			update = turns.says("inform", "não, 30 reais");

			assertThat(update.changed()).containsExactly("amount");
			assertThat(values(update)).containsEntry("amount", "30.00").containsEntry("recipient", "Ana Souza");
		}
	}

	@Test
	void aMessageWhoseWordsTellNoLanguageIsInTheConversationsLanguage() throws Exception {
		try (KafkaTurns turns = new KafkaTurns()) {
			assertThat(turns.says("pix_transfer", "send 50 BRL to John", "en").locale()).isEqualTo("en");
			assertThat(turns.says("inform", "12345678909", null).locale()).isEqualTo("en");
			assertThat(turns.says("inform", "manda pro João", "pt-BR").locale()).isEqualTo("pt-BR");
			assertThat(turns.says("inform", "ok", null).locale()).isEqualTo("pt-BR");
		}
		try (KafkaTurns first = new KafkaTurns()) {
			assertThat(first.says("inform", "12345678909", null).locale()).isEqualTo("pt-BR");
		}
	}

	@Test
	void theGateDecidesEachExtractionAndAMessagePastItsDeadlineChangesNothing() throws Exception {
		try (KafkaTurns turns = new KafkaTurns()) {
			SlotsUpdated first = turns.says("pix_transfer", "manda 50 pra Ana Souza");
			assertThat(first.decisions())
				.extracting(PolicyDecision::step, PolicyDecision::outcome, PolicyDecision::result)
				.containsExactly(tuple("slot-extraction", "ALLOW", "answered"));

			Envelope late = turns.detected("inform", "na verdade 80").withDeadline(Instant.now().minusSeconds(1));
			SlotsUpdated update = turns.updateOf(turns.send(Topics.NLU_INTENTS, late)).dataAs(SlotsUpdated.class);

			assertThat(update.decisions()).singleElement().satisfies((decision) -> {
				assertThat(decision.step()).isEqualTo("slot-extraction");
				assertThat(decision.outcome()).isEqualTo("BLOCK");
				assertThat(decision.reason()).isEqualTo("deadline");
			});
			assertThat(update.extracted()).isEmpty();
			assertThat(update.changed()).isEmpty();
			assertThat(update.model()).isNull();
			assertThat(update.frame().get("amount").value()).isEqualTo("50.00");
		}
	}

	@Test
	void aRedeliveredMessageIsAppliedOnceAndItsUpdatePublishedWithTheSameId() throws Exception {
		try (KafkaTurns turns = new KafkaTurns()) {
			turns.says("pix_transfer", "quero fazer um pix");
			Envelope answer = turns.detected("inform", "hmm");
			Envelope first = turns.updateOf(turns.send(Topics.NLU_INTENTS, answer));

			Envelope again = turns.updateOf(turns.send(Topics.NLU_INTENTS, answer));

			assertThat(again.id()).isEqualTo(first.id());
			assertThat(again.dataAs(SlotsUpdated.class)).isEqualTo(first.dataAs(SlotsUpdated.class));
			assertThat(first.dataAs(SlotsUpdated.class).attempts()).containsEntry("amount", 2);
			assertThat(turns.says("inform", "sei lá").attempts()).containsEntry("amount", 3);
		}
	}

	@Test
	void aReplyThatEndsTheTaskStartsTheFrameAfresh() throws Exception {
		try (KafkaTurns turns = new KafkaTurns()) {
			turns.says("pix_transfer", "manda 50 pra Ana Souza");
			Envelope yes = turns.updateOf(turns.send(Topics.NLU_INTENTS, turns.detected("affirm", "sim")));
			turns.dialogReplies(yes, "COMPLETED");
			awaitEmptyFrame(turns);

			SlotsUpdated update = turns.says("pix_transfer", "manda 30 reais");

			assertThat(values(update)).containsExactlyEntriesOf(orderedValues("amount", "30.00", "currency", "BRL"));
			assertThat(update.missing()).containsExactly("recipient");
		}
	}

	@Test
	void theMemoryIsReadableJsonThatExpires() throws Exception {
		try (KafkaTurns turns = new KafkaTurns()) {
			turns.says("pix_transfer", "manda 50 pra Ana Souza");

			String key = "slots:memory:" + turns.conversation().value();
			assertThat(this.redis.opsForValue().get(key)).contains("\"value\":\"Ana Souza\"")
				.contains("\"task\":\"pix_transfer\"");
			assertThat(this.redis.getExpire(key)).isBetween(1L, Duration.ofMinutes(30).toSeconds());
		}
	}

	@Test
	void aWriteOverAStaleReadIsRefused() {
		ConversationId conversation = new ConversationId("slots-it-cas-" + UUID.randomUUID());
		StoredMemory first = this.memories.load(conversation);
		StoredMemory second = this.memories.load(conversation);
		SlotMemory written = new SlotMemory(SlotFrame.EMPTY, List.of("e-1"), "e-1", Instant.now(), null);

		assertThat(this.memories.replace(conversation, first, written)).isTrue();
		assertThat(this.memories.replace(conversation, second, SlotMemory.EMPTY)).isFalse();
		assertThat(this.memories.load(conversation).memory().applied("e-1")).isTrue();
	}

	@Test
	void theDemoContactsAreSeeded() {
		assertThat(this.contacts.contactsOf(new CustomerId("demo"))).extracting(Contact::name)
			.containsExactly("Ana Souza", "Ana Lima", "João Pedro");
		assertThat(this.contacts.contactsOf(new CustomerId("bob")))
			.containsExactly(new Contact("Carla Dias", "carla.dias@example.com"));
	}

	private void awaitEmptyFrame(KafkaTurns turns) throws InterruptedException {
		String key = "slots:memory:" + turns.conversation().value();
		Instant deadline = Instant.now().plusSeconds(30);
		while (Instant.now().isBefore(deadline) && !this.redis.opsForValue().get(key).contains("\"slots\":{}")) {
			Thread.sleep(50);
		}
		assertThat(this.redis.opsForValue().get(key)).contains("\"slots\":{}");
	}

	private static Map<String, String> values(SlotsUpdated update) {
		Map<String, String> values = new LinkedHashMap<>();
		update.frame().forEach((name, value) -> values.put(name, value.value()));
		return values;
	}

	private static Map<String, String> orderedValues(String... pairs) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put(pairs[i], pairs[i + 1]);
		}
		return values;
	}

}
