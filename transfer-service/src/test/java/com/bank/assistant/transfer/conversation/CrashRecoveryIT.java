package com.bank.assistant.transfer.conversation;

import java.time.Duration;
import java.util.List;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.EventTypes;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.transfer.dialog.ConversationState;
import com.bank.assistant.transfer.dialog.ConversationStore;
import com.bank.assistant.transfer.dialog.TransferDialog;
import com.bank.assistant.transfer.dialog.Turn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.bank.assistant.transfer.conversation.Say.ANA_SOUZA;
import static com.bank.assistant.transfer.conversation.Say.send;
import static com.bank.assistant.transfer.conversation.Say.yes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * transfer-service dies between the debit and the events: the ledger committed the
 * postings and the outbox rows, and nothing else happened (no event sent, no state kept,
 * no offset committed). After the restart Kafka delivers the "sim" again.
 */
class CrashRecoveryIT extends ConversationIT {

	@Autowired
	TransferDialog dialog;

	@Autowired
	ConversationStore conversations;

	@Test
	void killedBetweenTheDebitAndTheEventsTheCustomerIsAnsweredOnceAndDebitedOnce() {
		DialogScenario scenario = givenCustomerWith("1000.00").andSaid(send("20.00", ANA_SOUZA));
		Envelope sim = scenario.chat().understood(yes().after(java.util.Map.of()));

		// What the dying process got done: the ledger's transaction, nothing after it.
		ConversationState awaiting = this.conversations.load(scenario.chat().conversation()).orElseThrow();
		this.dialog.respond(awaiting, Turn.of(sim));
		scenario.expectBalance("980.00").expectDebits(1);

		scenario.chat().send(sim);

		List<Envelope> answers = scenario.awaitReplyTo(sim);
		List<Envelope> settled = scenario.chat()
			.awaitUntil((events) -> false, Duration.ofSeconds(3))
			.stream()
			.filter((event) -> sim.id().equals(event.causationid()))
			.toList();
		assertThat(settled).filteredOn((event) -> EventTypes.ASSISTANT_REPLIED.equals(event.type())).hasSize(1);
		assertThat(settled).filteredOn((event) -> EventTypes.TRANSFER_EXECUTED.equals(event.type())).hasSize(1);
		assertThat(answers.stream()
			.filter((event) -> EventTypes.ASSISTANT_REPLIED.equals(event.type()))
			.map((event) -> event.dataAs(AssistantReplied.class).text()))
			.containsExactly("Pronto! Enviei R$ 20,00 para Ana Souza. Seu saldo agora é R$ 980,00.");
		scenario.expectBalance("980.00").expectDebits(1);
	}

}
