package com.bank.assistant.localstack.bench;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the assistant's replies, when the simulated customer reads them, then it says
 * what a customer following the dialog's state would.
 */
class TransferScriptTest {

	private final Script.Conversation customer = new TransferScript(null).start("demo", 0);

	@Test
	void aWholeConversationGivesTheMissingPiecesOneAtATimeThenConfirmsAndAsksTheBalance() {
		assertThat(this.customer.opening()).isEqualTo(Step.say("greeting", "oi"));
		assertThat(this.customer.next(reply("IDLE"))).isEqualTo(Step.say("transfer", "quero fazer um pix"));
		assertThat(this.customer.next(reply("COLLECTING"))).isEqualTo(Step.say("amount", "0,01"));
		assertThat(this.customer.next(reply("COLLECTING"))).isEqualTo(Step.say("recipient", "Ana Souza"));
		assertThat(this.customer.next(reply("AWAITING_CONFIRMATION"))).isEqualTo(Step.say("confirm", "sim"));
		assertThat(this.customer.next(receipt("0.01"))).isEqualTo(Step.say("balance", "qual meu saldo?"));
		assertThat(this.customer.next(reply("IDLE"))).isEqualTo(Step.end());
	}

	@Test
	void aButtonNamingTheRecipientIsPressedAndTheAmountIsWrittenInWordsEveryOtherConversation() {
		Script.Conversation second = new TransferScript(null).start("bob", 1);
		second.next(reply("IDLE"));

		assertThat(second.next(reply("COLLECTING"))).isEqualTo(Step.say("amount", "1 centavo"));
		Reply candidates = new Reply("Qual Carla?", "COLLECTING",
				List.of(new Reply.Button("Carla Dias", "Carla Dias (carla@x)"), new Reply.Button("Outra", "outra")),
				null);
		assertThat(second.next(candidates)).isEqualTo(Step.say("recipient", "Carla Dias (carla@x)"));
	}

	@Test
	void aConfirmationOfWhatWasNotSaidAReceiptOfAnotherAmountOrAStepUpEndTheConversationAsErrors() {
		this.customer.next(reply("IDLE"));
		assertThat(this.customer.next(reply("AWAITING_CONFIRMATION")).failure())
			.isEqualTo("dialogState AWAITING_CONFIRMATION after transfer");

		Script.Conversation confirmed = confirmed();
		assertThat(confirmed.next(receipt("20.00")).failure()).isEqualTo("receipt of 20.00 instead of 0.01");
		assertThat(confirmed().next(reply("STEP_UP")).failure()).isEqualTo("dialogState STEP_UP after confirm");
	}

	@Test
	void anAssistantThatKeepsAskingIsGivenUpOn() {
		this.customer.next(reply("IDLE"));
		this.customer.next(reply("COLLECTING"));
		this.customer.next(reply("COLLECTING"));

		assertThat(this.customer.next(reply("COLLECTING")).failure())
			.isEqualTo("dialogState COLLECTING after recipient");
		assertThat(new TransferScript(null).start("demo", 0).next(reply("")).failure())
			.isEqualTo("no reply text after greeting");
	}

	private static Script.Conversation confirmed() {
		Script.Conversation conversation = new TransferScript("ana@example.com").start("demo", 0);
		conversation.next(reply("IDLE"));
		conversation.next(reply("COLLECTING"));
		conversation.next(reply("COLLECTING"));
		conversation.next(reply("AWAITING_CONFIRMATION"));
		return conversation;
	}

	private static Reply reply(String state) {
		return new Reply(state.isEmpty() ? "" : "texto", state, List.of(), null);
	}

	private static Reply receipt(String amount) {
		return new Reply("Pronto", "COMPLETED", List.of(),
				new Reply.Receipt(new BigDecimal(amount), new BigDecimal("999.99"), "BRL"));
	}

}
