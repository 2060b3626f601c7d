package com.bank.assistant.transfer.dialog;

import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.TransferConfirmationRequested;
import com.bank.assistant.contracts.event.TransferConfirmed;
import com.bank.assistant.contracts.event.TransferExecuted;
import com.bank.assistant.contracts.ids.Money;
import org.junit.jupiter.api.Test;

import static com.bank.assistant.transfer.dialog.DialogScenario.givenDemoCustomer;
import static com.bank.assistant.transfer.dialog.Language.PT_BR;
import static com.bank.assistant.transfer.dialog.Messages.amount;
import static com.bank.assistant.transfer.dialog.Messages.pickAnaSouza;
import static com.bank.assistant.transfer.dialog.Messages.pixKey;
import static com.bank.assistant.transfer.dialog.Messages.pixTransfer;
import static com.bank.assistant.transfer.dialog.Messages.twentyReaisToAna;
import static com.bank.assistant.transfer.dialog.Messages.twentyReaisToJoao;
import static com.bank.assistant.transfer.dialog.Messages.yes;
import static org.assertj.core.api.Assertions.assertThat;

class PortugueseTransferDialogTest {

	@Test
	void twoAnasAsksWhichOneNamingTheAmount() {
		givenDemoCustomer().when(twentyReaisToAna(PT_BR))
			.expectReply("Para qual Ana você quer enviar R$ 20,00: Ana Souza ou Ana Lima?")
			.expectQuickReplies(new QuickReply("Ana Souza", "Ana Souza"), new QuickReply("Ana Lima", "Ana Lima"))
			.expectState(DialogState.COLLECTING)
			.expectEvents();
	}

	@Test
	void pickingAnaSouzaAsksToConfirmTheExactTransfer() {
		DialogScenario scenario = givenDemoCustomer().andMessages(twentyReaisToAna(PT_BR))
			.when(pickAnaSouza(PT_BR))
			.expectReply("Confirma o envio de R$ 20,00 para Ana Souza (chave ana.souza@example.com)?")
			.expectQuickReplies(new QuickReply("Confirmar", "sim"), new QuickReply("Cancelar", "cancela"))
			.expectState(DialogState.AWAITING_CONFIRMATION)
			.expectEvents(TransferConfirmationRequested.class)
			.expectNoMoneyMoved();
		TransferConfirmationRequested requested = scenario.event(TransferConfirmationRequested.class);
		assertThat(requested.amount()).isEqualTo(Money.brl("20.00"));
		assertThat(requested.recipient()).isEqualTo(new Recipient("Ana Souza", "ana.souza@example.com"));
		assertThat(scenario.state().pendingTransfer()).isEqualTo(requested.transferId());
	}

	@Test
	void affirmExecutesTheConfirmedTransferAndShowsTheReceipt() {
		DialogScenario scenario = givenDemoCustomer().andMessages(twentyReaisToAna(PT_BR), pickAnaSouza(PT_BR));
		Turn sim = yes(PT_BR);
		scenario.when(sim)
			.expectReply("Pronto! Enviei R$ 20,00 para Ana Souza. Seu saldo agora é R$ 980,00.")
			.expectState(DialogState.COMPLETED)
			.expectEvents(TransferConfirmed.class, TransferExecuted.class);
		assertThat(scenario.event(TransferConfirmed.class).confirmationMessageId()).isEqualTo(sim.correlationId());
		assertThat(scenario.reply().transfer().balanceAfter()).isEqualTo(Money.brl("980.00"));
		assertThat(scenario.reply().transfer().recipient().name()).isEqualTo("Ana Souza");
		assertThat(scenario.ledger.executed).hasSize(1);
	}

	@Test
	void firstNameMatchesWithoutAccentsOrCase() {
		givenDemoCustomer().when(twentyReaisToJoao(PT_BR))
			.expectReply("Confirma o envio de R$ 20,00 para João Pedro (chave 12345678909)?")
			.expectState(DialogState.AWAITING_CONFIRMATION);
	}

	@Test
	void missingAmountIsAskedFor() {
		givenDemoCustomer().when(pixTransfer(PT_BR, null, "João Pedro"))
			.expectReply("Quanto você quer enviar para João Pedro?")
			.expectState(DialogState.COLLECTING)
			.when(amount(PT_BR, "1234.56"))
			.expectReply("Confirma o envio de R$ 1.234,56 para João Pedro (chave 12345678909)?");
	}

	@Test
	void missingRecipientIsAskedFor() {
		givenDemoCustomer().when(pixTransfer(PT_BR, "20.00", null))
			.expectReply("Para quem você quer enviar R$ 20,00?")
			.expectState(DialogState.COLLECTING);
	}

	@Test
	void unknownNameAsksForAPixKeyAndUsesIt() {
		givenDemoCustomer().when(pixTransfer(PT_BR, "50.00", "Zé"))
			.expectReply("Não encontrei Zé nos seus contatos. Qual é a chave Pix de quem vai receber?")
			.expectState(DialogState.COLLECTING)
			.when(pixKey(PT_BR, "ze@example.com"))
			.expectReply("Confirma o envio de R$ 50,00 para Zé (chave ze@example.com)?")
			.expectState(DialogState.AWAITING_CONFIRMATION);
	}

	@Test
	void denyGoesBackToCollectingKeepingTheValues() {
		DialogScenario scenario = givenDemoCustomer().andMessages(twentyReaisToJoao(PT_BR))
			.when(Messages.intent(PT_BR, "deny"))
			.expectReply("Tudo bem, não enviei nada. O que você quer mudar: o valor ou quem recebe?")
			.expectState(DialogState.COLLECTING)
			.expectNoMoneyMoved();
		assertThat(scenario.state().draft().amount()).isEqualTo(Money.brl("20.00"));
		assertThat(scenario.state().pendingTransfer()).isNull();
	}

	@Test
	void cancelDropsTheTransferAndTheNextMessageStartsAfresh() {
		givenDemoCustomer().andMessages(twentyReaisToJoao(PT_BR))
			.when(Messages.intent(PT_BR, "cancel"))
			.expectReply("Transferência cancelada. Nenhum valor foi enviado.")
			.expectState(DialogState.CANCELLED)
			.expectNoMoneyMoved()
			.when(yes(PT_BR))
			.expectReply("Não há nada para confirmar agora. Quer fazer um Pix?")
			.expectState(DialogState.IDLE);
	}

}
