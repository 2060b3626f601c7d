package com.bank.assistant.slots.turn;

import java.util.Map;

import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.SlotsUpdated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Multi-turn merging, corrections and contact resolution, as given / when / then. */
class FrameConversationTest {

	private final Conversation conversation = new Conversation();

	@Test
	void asksUntilTheFrameIsCompleteThenResolvesWhichAna() {
		SlotsUpdated update = this.conversation.says("pix_transfer", "quero fazer um pix");
		assertThat(update.missing()).containsExactly("amount", "recipient");
		assertThat(update.attempts()).containsExactlyInAnyOrderEntriesOf(Map.of("amount", 1));

		update = this.conversation.says("inform", "50");
		assertThat(values(update)).containsExactlyInAnyOrderEntriesOf(Map.of("amount", "50.00", "currency", "BRL"));
		assertThat(update.changed()).containsExactly("amount", "currency");
		assertThat(update.missing()).containsExactly("recipient");
		assertThat(update.attempts()).containsExactlyInAnyOrderEntriesOf(Map.of("recipient", 1));

		update = this.conversation.says("inform", "pra ana");
		assertThat(update.problems()).containsExactlyInAnyOrderEntriesOf(Map.of("recipient", "AMBIGUOUS_CONTACT"));
		assertThat(update.candidates()).containsExactly(new Recipient("Ana Souza", "ana.souza@example.com"),
				new Recipient("Ana Lima", "+5511987654321"));
		assertThat(update.missing()).containsExactly("recipient");
		assertThat(update.attempts()).containsExactlyInAnyOrderEntriesOf(Map.of("recipient", 2));
		assertThat(update.changed()).isEmpty();

		update = this.conversation.says("inform", "a Souza");
		assertThat(values(update)).containsExactlyInAnyOrderEntriesOf(Map.of("amount", "50.00", "currency", "BRL",
				"recipient", "Ana Souza", "pix_key", "ana.souza@example.com"));
		assertThat(update.changed()).containsExactly("recipient", "pix_key");
		assertThat(update.missing()).isEmpty();
		assertThat(update.problems()).isEmpty();
		assertThat(update.candidates()).isEmpty();
		assertThat(update.attempts()).isEmpty();
		assertThat(update.handOff()).isFalse();
	}

	@Test
	void aCorrectionReplacesOnlyWhatItSays() {
		this.conversation.says("pix_transfer", "manda 50 reais pra Ana Souza");

		SlotsUpdated update = this.conversation.says("inform", "não, 30 reais");

		assertThat(update.changed()).containsExactly("amount");
		assertThat(values(update)).containsEntry("amount", "30.00").containsEntry("recipient", "Ana Souza");
	}

	@Test
	void anotherRecipientReplacesTheContactAndItsKey() {
		this.conversation.says("pix_transfer", "manda 50 reais pra Ana Souza");

		SlotsUpdated update = this.conversation.says("inform", "na verdade pro João");

		assertThat(values(update)).containsEntry("recipient", "João Pedro")
			.containsEntry("pix_key", "12345678909")
			.containsEntry("amount", "50.00");
		assertThat(update.changed()).containsExactly("recipient", "pix_key");
	}

	@Test
	void theSameRecipientSaidAgainStaysResolved() {
		this.conversation.says("pix_transfer", "manda 50 reais pra Ana Souza");

		SlotsUpdated update = this.conversation.says("pix_transfer", "manda 30 pra Ana");

		assertThat(values(update)).containsEntry("recipient", "Ana Souza").containsEntry("amount", "30.00");
		assertThat(update.problems()).isEmpty();
	}

	@Test
	void aFullNewTransferStartsANewFrame() {
		this.conversation.says("pix_transfer", "manda 50 reais pra Ana Souza amanhã");

		SlotsUpdated update = this.conversation.says("pix_transfer", "transfere 20 reais pro joao");

		assertThat(values(update)).containsExactlyInAnyOrderEntriesOf(
				Map.of("amount", "20.00", "currency", "BRL", "recipient", "João Pedro", "pix_key", "12345678909"));
		assertThat(update.changed()).containsExactly("amount", "recipient", "pix_key", "date");
	}

	@Test
	void namesResolveWithoutAccentsCaseOrTypos() {
		assertThat(values(this.conversation.says("pix_transfer", "manda 10 pra ana sousa"))).containsEntry("recipient",
				"Ana Souza");
		assertThat(values(new Conversation().says("pix_transfer", "manda 10 pro JOAO"))).containsEntry("recipient",
				"João Pedro");
	}

	@Test
	void aCandidateIsChosenByPosition() {
		this.conversation.says("pix_transfer", "manda 10 pra Ana");

		SlotsUpdated update = this.conversation.says("inform", "a segunda");

		assertThat(values(update)).containsEntry("recipient", "Ana Lima").containsEntry("pix_key", "+5511987654321");
	}

	@Test
	void anUnknownNameAsksForAKeyAndKeepsTheNameWithIt() {
		SlotsUpdated update = this.conversation.says("pix_transfer", "manda 10 pro Raimundo");
		assertThat(update.problems()).containsExactlyInAnyOrderEntriesOf(Map.of("recipient", "UNKNOWN_CONTACT"));
		assertThat(update.missing()).containsExactly("recipient");
		assertThat(update.candidates()).isEmpty();

		update = this.conversation.says("inform", "raimundo@example.com");

		assertThat(values(update)).containsEntry("recipient", "Raimundo")
			.containsEntry("pix_key", "raimundo@example.com");
		assertThat(update.missing()).isEmpty();
		assertThat(update.problems()).isEmpty();
	}

	@Test
	void aTypedKeyNeedsNoContact() {
		SlotsUpdated update = this.conversation.says("pix_transfer", "pix de 30 conto pra 529.982.247-25");

		assertThat(values(update))
			.containsExactlyInAnyOrderEntriesOf(Map.of("amount", "30.00", "currency", "BRL", "pix_key", "52998224725"));
		assertThat(update.missing()).isEmpty();
	}

	@Test
	void aSavedContactsKeyNamesTheContact() {
		SlotsUpdated update = this.conversation.says("pix_transfer", "pix de 30 conto pra 123.456.789-09");

		assertThat(values(update)).containsEntry("recipient", "João Pedro").containsEntry("pix_key", "12345678909");
	}

	@Test
	void rejectedValuesAreProblemsAndLeaveTheFrameAlone() {
		this.conversation.says("pix_transfer", "manda 50 pra Ana Souza");

		SlotsUpdated update = this.conversation.says("inform", "não, -20");

		assertThat(update.problems()).containsExactlyInAnyOrderEntriesOf(Map.of("amount", "NEGATIVE"));
		assertThat(values(update)).containsEntry("amount", "50.00");
		assertThat(update.changed()).isEmpty();
	}

	@Test
	void aSlotAskedTooOftenOffersAHuman() {
		this.conversation.says("pix_transfer", "quero fazer um pix");
		this.conversation.says("inform", "hmm");
		SlotsUpdated third = this.conversation.says("inform", "sei lá");
		assertThat(third.attempts()).containsEntry("amount", 3);
		assertThat(third.handOff()).isFalse();

		SlotsUpdated fourth = this.conversation.says("out_of_scope", "qualquer coisa");

		assertThat(fourth.attempts()).containsEntry("amount", 4);
		assertThat(fourth.handOff()).isTrue();
	}

	@Test
	void aMessageThatChangesAValueIsNotHeldAgainstTheCustomer() {
		SlotsUpdated update = this.conversation.says("pix_transfer", "send 20 reais to Ana");
		assertThat(update.missing()).containsExactly("recipient");
		assertThat(update.attempts()).containsEntry("recipient", 1);

		update = this.conversation.says("pix_transfer", "no, make it 12.50 instead");
		update = this.conversation.says("pix_transfer", "make it 40 reais");
		update = this.conversation.says("inform", "actually 30");
		update = this.conversation.says("inform", "no, 35");

		assertThat(update.changed()).containsExactly("amount");
		assertThat(update.attempts()).containsEntry("recipient", 1);
		assertThat(update.handOff()).isFalse();
	}

	@Test
	void otherIntentsNeitherReadValuesNorCountAsAnswers() {
		this.conversation.says("pix_transfer", "quero fazer um pix");

		SlotsUpdated update = this.conversation.says("check_balance", "qual meu saldo de 20 reais?");

		assertThat(update.frame()).isEmpty();
		assertThat(update.attempts()).containsExactlyInAnyOrderEntriesOf(Map.of("amount", 1));
		assertThat(update.missing()).containsExactly("amount", "recipient");
	}

	@Test
	void theFrameStartsAfreshWhenTheTaskEnds() {
		this.conversation.says("pix_transfer", "manda 50 pra Ana Souza");
		this.conversation.says("affirm", "sim");
		this.conversation.dialogReplies("COMPLETED");

		SlotsUpdated update = this.conversation.says("pix_transfer", "manda 30 reais");

		assertThat(values(update)).containsExactlyInAnyOrderEntriesOf(Map.of("amount", "30.00", "currency", "BRL"));
		assertThat(update.missing()).containsExactly("recipient");
	}

	@Test
	void aMessageReadBeforeTheEndOfThePreviousTaskKeepsItsOwnValues() {
		this.conversation.says("pix_transfer", "manda 50 pra Ana Souza");
		this.conversation.says("affirm", "sim");
		this.conversation.says("pix_transfer", "manda 30 reais");

		this.conversation.repliesTo(1, "COMPLETED");

		assertThat(this.conversation.frame().values()).containsOnlyKeys("amount", "currency");
		assertThat(this.conversation.frame().value("amount")).isEqualTo("30.00");
	}

	@Test
	void aReplyThatDoesNotEndTheTaskKeepsTheFrame() {
		this.conversation.says("pix_transfer", "manda 50 pra Ana Souza");

		this.conversation.dialogReplies("AWAITING_CONFIRMATION");

		assertThat(this.conversation.frame().values()).containsKeys("amount", "recipient", "pix_key");
	}

	private static Map<String, String> values(SlotsUpdated update) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		update.frame().forEach((name, value) -> values.put(name, value.value()));
		return values;
	}

}
