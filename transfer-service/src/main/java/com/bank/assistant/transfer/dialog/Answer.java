package com.bank.assistant.transfer.dialog;

import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.TransferEvent;
import com.bank.assistant.contracts.event.TransferReceipt;

/** Builds the result of a turn: the reply's text, its buttons, receipt and events. */
final class Answer {

	private final String text;

	private final List<QuickReply> quickReplies = new ArrayList<>();

	private final List<TransferEvent> events = new ArrayList<>();

	private TransferReceipt receipt;

	private Answer(String text) {
		this.text = text;
	}

	static Answer say(String text) {
		return new Answer(text);
	}

	Answer quickReplies(List<QuickReply> buttons) {
		this.quickReplies.addAll(buttons);
		return this;
	}

	Answer event(TransferEvent event) {
		this.events.add(event);
		return this;
	}

	Answer receipt(TransferReceipt executed) {
		this.receipt = executed;
		return this;
	}

	TurnResult in(ConversationState state, Turn turn) {
		AssistantReplied reply = new AssistantReplied(this.text, turn.language().tag(), turn.intent(),
				state.state().name(), List.copyOf(this.quickReplies), this.receipt);
		return new TurnResult(state, List.copyOf(this.events), reply);
	}

}
