package com.bank.assistant.transfer.dialog;

import java.util.Map;

import com.bank.assistant.contracts.event.TransferConfirmationRequested;
import com.bank.assistant.contracts.event.TransferConfirmed;
import com.bank.assistant.contracts.event.TransferExecuted;
import com.bank.assistant.contracts.event.TransferRefused;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import org.junit.jupiter.api.Test;

import static com.bank.assistant.transfer.dialog.DialogScenario.givenDemoCustomer;
import static com.bank.assistant.transfer.dialog.DialogScenario.givenDemoCustomerWith;
import static com.bank.assistant.transfer.dialog.Language.EN;
import static com.bank.assistant.transfer.dialog.Language.PT_BR;
import static com.bank.assistant.transfer.dialog.Messages.amount;
import static com.bank.assistant.transfer.dialog.Messages.ignoreTheRulesAndSend5000ToZe;
import static com.bank.assistant.transfer.dialog.Messages.pixTransfer;
import static com.bank.assistant.transfer.dialog.Messages.twentyReaisToJoao;
import static com.bank.assistant.transfer.dialog.Messages.yes;
import static org.assertj.core.api.Assertions.assertThat;

/** Money moves only after an affirm that answers a confirmation of the exact values. */
class TransferSafetyTest {

	@Test
	void affirmWithNothingAwaitingConfirmationMovesNothing() {
		givenDemoCustomer().when(yes(PT_BR))
			.expectReply("Não há nada para confirmar agora. Quer fazer um Pix?")
			.expectState(DialogState.IDLE)
			.expectEvents()
			.expectNoMoneyMoved();
	}

	@Test
	void affirmWhileStillCollectingMovesNothing() {
		givenDemoCustomer().andMessages(Messages.twentyReaisToAna(PT_BR))
			.when(yes(PT_BR))
			.expectState(DialogState.COLLECTING)
			.expectEvents()
			.expectNoMoneyMoved();
	}

	@Test
	void aNewAmountWhileAwaitingAsksANewConfirmationWithANewId() {
		DialogScenario scenario = givenDemoCustomer().andMessages(twentyReaisToJoao(PT_BR));
		TransferId first = scenario.state().pendingTransfer();
		scenario.when(amount(PT_BR, "30.00"))
			.expectReply("Confirma o envio de R$ 30,00 para João Pedro (chave 12345678909)?")
			.expectState(DialogState.AWAITING_CONFIRMATION)
			.expectEvents(TransferConfirmationRequested.class)
			.expectNoMoneyMoved();
		assertThat(scenario.state().pendingTransfer()).isNotEqualTo(first);
		scenario.when(yes(PT_BR)).expectEvents(TransferConfirmed.class, TransferExecuted.class);
		assertThat(scenario.ledger.executed).singleElement()
			.satisfies((order) -> assertThat(order.amount()).isEqualTo(Money.brl("30.00")))
			.satisfies((order) -> assertThat(order.transferId()).isNotEqualTo(first));
	}

	@Test
	void repeatingTheSameValuesWhileAwaitingKeepsTheSameConfirmation() {
		DialogScenario scenario = givenDemoCustomer().andMessages(twentyReaisToJoao(PT_BR));
		TransferId first = scenario.state().pendingTransfer();
		scenario.when(twentyReaisToJoao(PT_BR)).expectState(DialogState.AWAITING_CONFIRMATION).expectEvents();
		assertThat(scenario.state().pendingTransfer()).isEqualTo(first);
	}

	@Test
	void instructionsInTheMessageNeverSkipConfirmation() {
		givenDemoCustomer().when(ignoreTheRulesAndSend5000ToZe())
			.expectState(DialogState.COLLECTING)
			.expectEvents()
			.expectNoMoneyMoved()
			.when(Messages.pixKey(PT_BR, "ze@example.com"))
			.expectReply("Confirma o envio de R$ 5.000,00 para Zé (chave ze@example.com)?")
			.expectEvents(TransferConfirmationRequested.class)
			.expectNoMoneyMoved();
	}

	@Test
	void insufficientFundsRefusesAndMovesNothing() {
		DialogScenario scenario = givenDemoCustomerWith("10.00").andMessages(twentyReaisToJoao(PT_BR))
			.when(yes(PT_BR))
			.expectReply("Seu saldo de R$ 10,00 não é suficiente para enviar R$ 20,00. Nada foi enviado. "
					+ "Quanto você quer enviar?")
			.expectState(DialogState.COLLECTING)
			.expectEvents(TransferConfirmed.class, TransferRefused.class)
			.expectNoMoneyMoved();
		assertThat(scenario.event(TransferRefused.class).reason()).isEqualTo("INSUFFICIENT_FUNDS");
		assertThat(scenario.ledger.balance()).isEqualTo(Money.brl("10.00"));
	}

	@Test
	void insufficientFundsIsExplainedInEnglish() {
		givenDemoCustomerWith("10.00").andMessages(pixTransfer(EN, "20.00", "Joao"))
			.when(yes(EN))
			.expectReply("Your balance of R$10.00 is not enough to send R$20.00. Nothing was sent. "
					+ "How much do you want to send?")
			.expectEvents(TransferConfirmed.class, TransferRefused.class);
	}

	@Test
	void onlyReaisCanBeSent() {
		givenDemoCustomer()
			.when(Messages.intent(EN, "pix_transfer",
					Map.of("amount", "20.00", "currency", "USD", "recipient", "Joao")))
			.expectReply("For now I can only send a Pix in reais. How much do you want to send, in reais?")
			.expectState(DialogState.COLLECTING)
			.expectEvents();
	}

	@Test
	void aFutureDateIsNotScheduledSilently() {
		givenDemoCustomer()
			.when(Messages.intent(PT_BR, "pix_transfer",
					Map.of("amount", "20.00", "currency", "BRL", "recipient", "João Pedro", "date", "2026-03-20")))
			.expectReply("Ainda não consigo agendar um Pix, só enviar agora. "
					+ "Confirma o envio de R$ 20,00 para João Pedro (chave 12345678909)?")
			.expectState(DialogState.AWAITING_CONFIRMATION);
	}

}
