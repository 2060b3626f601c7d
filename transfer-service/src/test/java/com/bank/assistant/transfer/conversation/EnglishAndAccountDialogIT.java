package com.bank.assistant.transfer.conversation;

import com.bank.assistant.transfer.dialog.DialogState;
import org.junit.jupiter.api.Test;

import static com.bank.assistant.transfer.conversation.Say.ANA_SOUZA;
import static com.bank.assistant.transfer.conversation.Say.send;
import static com.bank.assistant.transfer.conversation.Say.yes;

/**
 * English replies with English money, the account queries from the ledger, FAQ answers,
 * clarification and hand-off.
 */
class EnglishAndAccountDialogIT extends ConversationIT {

	@Test
	void englishCustomersAreAnsweredInEnglishWithTheirMoneyFormat() {
		givenCustomerWith("1500.00")
			.when(Say.en("send 1200 BRL to Ana", "pix_transfer")
				.amount("1200.00")
				.said("recipient", "Ana")
				.problem("recipient", "AMBIGUOUS_CONTACT")
				.candidates(Say.ANA_SOUZA, Say.ANA_LIMA))
			.expectReply("Which Ana do you want to send R$1,200.00 to: Ana Souza or Ana Lima?")
			.when(Say.en("Ana Souza", "inform").recipient(ANA_SOUZA))
			.expectReply("Do you confirm sending R$1,200.00 to Ana Souza (key ana.souza@example.com)?")
			.expectButtons("Confirm", "Cancel")
			.when(Say.en("yes", "affirm"))
			.expectReply("To send R$1,200.00, confirm with your transaction PIN in the app.")
			.when(Say.en("cancel", "cancel"))
			.expectReply("Transfer cancelled. Nothing was sent.")
			.when(Say.en("what's my balance?", "check_balance"))
			.expectReply("Your balance is R$1,500.00.");
	}

	@Test
	void balanceAndStatementComeFromTheLedger() {
		givenCustomerWith("1234.56").when(Say.pt("qual meu saldo?", "check_balance"))
			.expectReply("Seu saldo é R$ 1.234,56.")
			.expectState(DialogState.IDLE)
			.andSaid(send("34.56", ANA_SOUZA), yes())
			.when(Say.pt("me mostra meu extrato", "list_transactions"))
			.expectReplyStartingWith("Suas últimas movimentações:\n• ")
			.when(Say.pt("qual meu saldo?", "check_balance"))
			.expectReply("Seu saldo é R$ 1.200,00.");
	}

	@Test
	void aQuestionInTheMiddleOfATransferKeepsItsConfirmation() {
		givenCustomerWith("100.00").andSaid(send("20.00", ANA_SOUZA))
			.when(Say.pt("quanto eu tenho?", "check_balance"))
			.expectReply("Seu saldo é R$ 100,00.")
			.expectState(DialogState.AWAITING_CONFIRMATION)
			.expectButtons("Confirmar", "Cancelar")
			.when(yes())
			.expectState(DialogState.COMPLETED)
			.expectBalance("80.00");
	}

	@Test
	void aQuestionWhileAPixKeyIsAskedForIsAnsweredAndTheKeyAskedForAgain() {
		// slot-filling repeats the frame's unresolved recipient on every turn until a key
		// or a known contact resolves it
		givenCustomerWith("100.00").when(Say.fiftyToUnknownJohn())
			.expectReply("I couldn't find John in your contacts. What is the recipient's Pix key?")
			.when(Say.en("how much do I have?", "check_balance").problem("recipient", "UNKNOWN_CONTACT"))
			.expectReply("Your balance is R$100.00. What is the recipient's Pix key?")
			.expectState(DialogState.COLLECTING)
			.when(Say.en("yes", "affirm").problem("recipient", "UNKNOWN_CONTACT"))
			.expectReply("What is the recipient's Pix key?")
			.when(Say.pt("hmm", "out_of_scope").problem("recipient", "UNKNOWN_CONTACT"))
			.expectReply("Qual é a chave Pix de quem vai receber?")
			.when(Say.en("cancel", "cancel").problem("recipient", "UNKNOWN_CONTACT"))
			.expectReply("Transfer cancelled. Nothing was sent.")
			.expectDebits(0);
	}

	@Test
	void anAmountChangedWhileTheKeyIsAskedIsSaidBack() {
		givenCustomerWith("100.00").when(Say.fiftyToUnknownJohn())
			.expectReply("I couldn't find John in your contacts. What is the recipient's Pix key?")
			.when(Say.en("make it 40 reais", "pix_transfer").amount("40.00").problem("recipient", "UNKNOWN_CONTACT"))
			.expectReply("OK, R$40.00. What is the recipient's Pix key?")
			.when(Say.pt("na verdade 30", "inform").amount("30.00").problem("recipient", "UNKNOWN_CONTACT"))
			.expectReply("Certo, R$ 30,00. Qual é a chave Pix de quem vai receber?")
			.expectState(DialogState.COLLECTING)
			.expectDebits(0);
	}

	@Test
	void aNameTypedInLowerCaseIsWrittenBackCapitalized() {
		givenCustomerWith("100.00")
			.when(Say.pt("manda 50 pra maria da silva", "pix_transfer")
				.amount("50.00")
				.said("recipient", "maria da silva")
				.problem("recipient", "UNKNOWN_CONTACT"))
			.expectReply("Não encontrei Maria da Silva nos seus contatos. Qual é a chave Pix de quem vai receber?")
			.when(Say.en("send 20 to ana", "pix_transfer")
				.amount("20.00")
				.said("recipient", "ana")
				.problem("recipient", "AMBIGUOUS_CONTACT")
				.candidates(Say.ANA_SOUZA, Say.ANA_LIMA))
			.expectReply("Which Ana do you want to send R$20.00 to: Ana Souza or Ana Lima?");
	}

	@Test
	void aMessageNoModelCouldReadInTimeIsAskedAgainAndTheConfirmationKept() {
		givenCustomerWith("100.00").andSaid(send("20.00", ANA_SOUZA))
			.when(Say.pt("sim", "out_of_scope").blockedAt("intent-detection").blockedAt("slot-extraction"))
			.expectReply("Desculpe, demorei demais e não consegui ler sua mensagem a tempo. Pode enviar de novo?")
			.expectState(DialogState.AWAITING_CONFIRMATION)
			.expectButtons("Confirmar", "Cancelar")
			.expectBalance("100.00")
			.when(Say.en("yes", "affirm").blockedAt("slot-extraction"))
			.expectReply("Sorry, I took too long and couldn't read your message in time. Could you send it again?")
			.expectState(DialogState.AWAITING_CONFIRMATION)
			.when(yes())
			.expectState(DialogState.COMPLETED)
			.expectBalance("80.00");
	}

	@Test
	void anUnclearMessageGetsTheLikelyIntentsAsButtons() {
		givenCustomerWith("100.00")
			.when(Say.pt("hmm o dinheiro", "out_of_scope").alternatives("check_balance", "pix_transfer", "greet"))
			.expectReply("Não entendi bem. Você quis dizer ver seu saldo ou fazer um Pix?")
			.expectButtons("Ver seu saldo", "Fazer um Pix");
	}

	@Test
	void invalidValuesAreQuestionsNeverGuesses() {
		givenCustomerWith("100.00")
			.when(Say.pt("manda 15 pra Ana e 20 pro João", "pix_transfer").problem("amount", "AMBIGUOUS_MULTIPLE"))
			.expectReply(
					"Entendi mais de um valor na mesma mensagem. Faço um Pix por vez: quanto você quer enviar agora?")
			.when(Say.pt("-20", "inform").problem("amount", "NEGATIVE"))
			.expectReply("O valor não pode ser negativo. Quanto você quer enviar?")
			.when(Say.pt("manda pro Zé", "inform").said("recipient", "Zé").problem("recipient", "UNKNOWN_CONTACT"))
			.expectReply("Não encontrei Zé nos seus contatos. Qual é a chave Pix de quem vai receber?")
			.when(Say.pt("não sei", "inform").problem("pix_key", "INVALID_CPF_CHECK_DIGITS").handOff())
			.expectReply("Não estou conseguindo entender. Quer falar com um atendente?")
			.expectButtons("Falar com atendente")
			.expectDebits(0);
	}

}
