package com.bank.assistant.transfer.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.EventTypes;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.TransferExecuted;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.transfer.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole transfer conversation of the demo customer, through the real Kafka. */
class TransferConversationIT extends IntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Autowired
	private JdbcClient jdbc;

	@Test
	void twentyReaisToAnaSouzaIsSentOnceAfterConfirmation() throws Exception {
		try (KafkaConversation chat = new KafkaConversation(new CustomerId("demo"))) {
			chat.send(chat.understood("transfere 20 reais pra Ana", "pix_transfer",
					Map.of("amount", "20.00", "currency", "BRL", "recipient", "Ana")));
			assertThat(lastReply(chat, 1).text())
				.isEqualTo("Para qual Ana você quer enviar R$ 20,00: Ana Souza ou Ana Lima?");

			chat.send(chat.understood("Ana Souza", "inform", Map.of("recipient", "Ana Souza")));
			AssistantReplied confirmation = lastReply(chat, 2);
			assertThat(confirmation.text()).startsWith("Confirma o envio de R$ 20,00 para Ana Souza");
			assertThat(confirmation.dialogState()).isEqualTo("AWAITING_CONFIRMATION");

			Envelope sim = chat.send(chat.understood("sim", "affirm", Map.of()));
			AssistantReplied done = lastReply(chat, 3);
			assertThat(done.text()).isEqualTo("Pronto! Enviei R$ 20,00 para Ana Souza. Seu saldo agora é R$ 980,00.");
			assertThat(done.transfer().balanceAfter()).isEqualTo(Money.brl("980.00"));
			TransferExecuted executed = chat.awaitUntil(count(EventTypes.TRANSFER_EXECUTED, 1), TIMEOUT)
				.stream()
				.filter(type(EventTypes.TRANSFER_EXECUTED))
				.findFirst()
				.orElseThrow()
				.dataAs(TransferExecuted.class);
			assertThat(executed.transferId()).isEqualTo(done.transfer().transferId());

			chat.send(sim);
			chat.send(chat.understood("qual meu saldo?", "check_balance", Map.of()));
			assertThat(lastReply(chat, 4).text()).isEqualTo("Seu saldo é R$ 980,00.");
			List<Envelope> all = chat.awaitUntil((events) -> false, Duration.ofMillis(500));
			assertThat(all).filteredOn(type(EventTypes.TRANSFER_EXECUTED)).hasSize(1);
			assertThat(all).filteredOn(type(EventTypes.ASSISTANT_REPLIED)).hasSize(4);
			assertThat(all)
				.allMatch((event) -> event.causationid() != null && "/transfer-service".equals(event.source()));
			assertThat(this.jdbc.sql("SELECT count(*) FROM transfers WHERE conversation_id = ?")
				.param(chat.conversation().value())
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	private static AssistantReplied lastReply(KafkaConversation chat, int replies) {
		List<Envelope> events = chat.awaitUntil(count(EventTypes.ASSISTANT_REPLIED, replies), TIMEOUT);
		List<Envelope> answers = events.stream().filter(type(EventTypes.ASSISTANT_REPLIED)).toList();
		assertThat(answers).hasSize(replies);
		return answers.get(replies - 1).dataAs(AssistantReplied.class);
	}

	private static Predicate<List<Envelope>> count(String type, int expected) {
		return (events) -> events.stream().filter(type(type)).count() >= expected;
	}

	private static Predicate<Envelope> type(String type) {
		return (envelope) -> type.equals(envelope.type());
	}

}
