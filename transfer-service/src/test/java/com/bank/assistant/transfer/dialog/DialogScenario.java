package com.bank.assistant.transfer.dialog;

import java.util.Arrays;
import java.util.List;

import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.TransferEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Given earlier messages, when one more arrives, expect a reply, a state and events. */
final class DialogScenario {

	final StubLedger ledger;

	private final TransferDialog dialog;

	private ConversationState state = ConversationState.idle();

	private TurnResult result;

	private DialogScenario(String balance) {
		this.ledger = new StubLedger(balance);
		this.dialog = new RuleBasedTransferDialog(this.ledger, this.ledger, this.ledger);
	}

	/** The demo customer, R$ 1.000,00 and three contacts, in a new conversation. */
	static DialogScenario givenDemoCustomer() {
		return new DialogScenario("1000.00");
	}

	/** The demo customer with this balance. */
	static DialogScenario givenDemoCustomerWith(String balance) {
		return new DialogScenario(balance);
	}

	DialogScenario andMessages(Turn... turns) {
		Arrays.stream(turns).forEach(this::when);
		return this;
	}

	DialogScenario when(Turn turn) {
		this.result = this.dialog.respond(this.state.startTurn(), turn);
		this.state = this.result.state();
		return this;
	}

	DialogScenario expectReply(String text) {
		assertThat(reply().text()).isEqualTo(text);
		return this;
	}

	DialogScenario expectState(DialogState expected) {
		assertThat(this.state.state()).isEqualTo(expected);
		assertThat(reply().dialogState()).isEqualTo(expected.name());
		return this;
	}

	DialogScenario expectQuickReplies(QuickReply... buttons) {
		assertThat(reply().quickReplies()).containsExactly(buttons);
		return this;
	}

	@SafeVarargs
	final DialogScenario expectEvents(Class<? extends TransferEvent>... types) {
		assertThat(events().stream().map(Object::getClass).toList()).isEqualTo(List.of(types));
		return this;
	}

	DialogScenario expectNoMoneyMoved() {
		assertThat(this.ledger.executed).isEmpty();
		return this;
	}

	AssistantReplied reply() {
		return this.result.reply();
	}

	List<TransferEvent> events() {
		return this.result.transferEvents();
	}

	<T extends TransferEvent> T event(Class<T> type) {
		return events().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
	}

	ConversationState state() {
		return this.state;
	}

}
