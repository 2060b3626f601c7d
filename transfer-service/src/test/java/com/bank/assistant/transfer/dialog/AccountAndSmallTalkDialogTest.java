package com.bank.assistant.transfer.dialog;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static com.bank.assistant.transfer.dialog.DialogScenario.givenDemoCustomer;
import static com.bank.assistant.transfer.dialog.Language.EN;
import static com.bank.assistant.transfer.dialog.Language.PT_BR;
import static com.bank.assistant.transfer.dialog.Messages.intent;
import static com.bank.assistant.transfer.dialog.Messages.twentyReaisToJoao;
import static com.bank.assistant.transfer.dialog.Messages.yes;
import static org.assertj.core.api.Assertions.assertThat;

class AccountAndSmallTalkDialogTest {

	private static final List<String> FIXED_INTENTS = List.of("greet", "goodbye", "thanks", "help", "human_handoff",
			"out_of_scope");

	@Test
	void balanceComesFromTheLedger() {
		givenDemoCustomer().when(intent(PT_BR, "check_balance"))
			.expectReply("Seu saldo é R$ 1.000,00.")
			.expectState(DialogState.IDLE)
			.when(intent(EN, "check_balance"))
			.expectReply("Your balance is R$1,000.00.");
	}

	@Test
	void statementListsTheLatestPostings() {
		givenDemoCustomer().when(intent(PT_BR, "list_transactions"))
			.expectReply("Você ainda não tem movimentações.")
			.when(twentyReaisToJoao(PT_BR))
			.when(yes(PT_BR))
			.when(intent(PT_BR, "list_transactions"))
			.expectReply("Suas últimas movimentações:\n• 16/03 10:00  -R$ 20,00  João Pedro")
			.when(intent(EN, "list_transactions"))
			.expectReply("Your recent transactions:\n• 03/16 10:00  -R$20.00  João Pedro");
	}

	@Test
	void balanceInTheMiddleOfATransferKeepsIt() {
		givenDemoCustomer().andMessages(twentyReaisToJoao(PT_BR))
			.when(intent(PT_BR, "check_balance"))
			.expectState(DialogState.AWAITING_CONFIRMATION)
			.when(yes(PT_BR))
			.expectState(DialogState.COMPLETED);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void everyFixedReplyExistsAndDiffers(Language language) {
		List<String> replies = FIXED_INTENTS.stream()
			.map((name) -> givenDemoCustomer().when(intent(language, name)).reply().text())
			.toList();
		assertThat(replies).doesNotContainNull().doesNotHaveDuplicates().allMatch((text) -> text.length() > 10);
	}

	@Test
	void helpAndOutOfScopeSayWhatTheAssistantDoes() {
		assertThat(givenDemoCustomer().when(intent(PT_BR, "help")).reply().text()).contains("Pix", "saldo",
				"confirmação");
		assertThat(givenDemoCustomer().when(intent(EN, "help")).reply().text()).contains("Pix", "balance",
				"confirmation");
		assertThat(givenDemoCustomer().when(intent(PT_BR, "out_of_scope")).reply().text()).startsWith("Desculpe")
			.contains("Pix");
		assertThat(givenDemoCustomer().when(intent(EN, "something_new")).reply().text()).startsWith("Sorry");
	}

	@Test
	void repliesCarryLocaleAndIntent() {
		DialogScenario scenario = givenDemoCustomer().when(intent(EN, "greet"));
		assertThat(scenario.reply().locale()).isEqualTo("en");
		assertThat(scenario.reply().intent()).isEqualTo("greet");
		assertThat(scenario.reply().dialogState()).isEqualTo("IDLE");
	}

}
