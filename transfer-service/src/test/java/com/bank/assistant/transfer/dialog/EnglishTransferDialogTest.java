package com.bank.assistant.transfer.dialog;

import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.TransferConfirmationRequested;
import com.bank.assistant.contracts.event.TransferConfirmed;
import com.bank.assistant.contracts.event.TransferExecuted;
import org.junit.jupiter.api.Test;

import static com.bank.assistant.transfer.dialog.DialogScenario.givenDemoCustomer;
import static com.bank.assistant.transfer.dialog.Language.EN;
import static com.bank.assistant.transfer.dialog.Messages.pickAnaSouza;
import static com.bank.assistant.transfer.dialog.Messages.pixTransfer;
import static com.bank.assistant.transfer.dialog.Messages.twentyReaisToAna;
import static com.bank.assistant.transfer.dialog.Messages.yes;

class EnglishTransferDialogTest {

	@Test
	void twoAnasAsksWhichOneNamingTheAmount() {
		givenDemoCustomer().when(twentyReaisToAna(EN))
			.expectReply("Which Ana do you want to send R$20.00 to: Ana Souza or Ana Lima?")
			.expectQuickReplies(new QuickReply("Ana Souza", "Ana Souza"), new QuickReply("Ana Lima", "Ana Lima"))
			.expectState(DialogState.COLLECTING);
	}

	@Test
	void confirmationThenAffirmSendsTheMoney() {
		givenDemoCustomer().andMessages(twentyReaisToAna(EN))
			.when(pickAnaSouza(EN))
			.expectReply("Do you confirm sending R$20.00 to Ana Souza (key ana.souza@example.com)?")
			.expectQuickReplies(new QuickReply("Confirm", "yes"), new QuickReply("Cancel", "cancel"))
			.expectEvents(TransferConfirmationRequested.class)
			.when(yes(EN))
			.expectReply("Done! I sent R$20.00 to Ana Souza. Your balance is now R$980.00.")
			.expectState(DialogState.COMPLETED)
			.expectEvents(TransferConfirmed.class, TransferExecuted.class);
	}

	@Test
	void missingPiecesAreAskedFor() {
		givenDemoCustomer().when(pixTransfer(EN, null, "Ana Lima"))
			.expectReply("How much do you want to send to Ana Lima?")
			.when(Messages.intent(EN, "pix_transfer"))
			.expectReply("How much do you want to send to Ana Lima?");
		givenDemoCustomer().when(pixTransfer(EN, "1234.56", null))
			.expectReply("Who do you want to send R$1,234.56 to?");
	}

	@Test
	void unknownNameAsksForAKey() {
		givenDemoCustomer().when(pixTransfer(EN, "5.00", "John"))
			.expectReply("I couldn't find John in your contacts. What is the recipient's Pix key?");
	}

	@Test
	void denyAndCancel() {
		givenDemoCustomer().andMessages(pixTransfer(EN, "20.00", "Ana Souza"))
			.when(Messages.intent(EN, "deny"))
			.expectReply("All right, nothing was sent. What do you want to change: the amount or the recipient?")
			.expectState(DialogState.COLLECTING)
			.when(Messages.intent(EN, "cancel"))
			.expectReply("Transfer cancelled. No money was sent.")
			.expectState(DialogState.CANCELLED)
			.expectNoMoneyMoved();
	}

}
