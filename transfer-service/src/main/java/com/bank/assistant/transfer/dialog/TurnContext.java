package com.bank.assistant.transfer.dialog;

import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.TransferEvent;

/**
 * One message on its way through the dialog's machine: the turn, the conversation's data
 * as the machine's actions change it, and what the turn will say and publish.
 */
public final class TurnContext {

	private final Turn turn;

	private final Phrases phrases;

	private ConversationState data;

	private final StringBuilder text = new StringBuilder();

	private final List<QuickReply> buttons = new ArrayList<>();

	private final List<TransferEvent> events = new ArrayList<>();

	private boolean announced;

	private DialogEvent followUp;

	private RuntimeException failure;

	/** A turn starting from this conversation state. */
	public TurnContext(ConversationState data, Turn turn) {
		this.data = data;
		this.turn = turn;
		this.phrases = Phrases.of(turn.language());
	}

	/** The message. */
	public Turn turn() {
		return this.turn;
	}

	/** The conversation's data as it stands now. */
	public ConversationState data() {
		return this.data;
	}

	/**
	 * The event the machine must handle next in this turn (a ledger outcome), or null.
	 */
	public DialogEvent takeFollowUp() {
		DialogEvent next = this.followUp;
		this.followUp = null;
		return next;
	}

	/** What this turn came to, with the machine in this state. */
	public TurnResult result(DialogState state) {
		ConversationState after = this.data.in(state);
		if (this.announced) {
			return new TurnResult(after, List.of(), null);
		}
		AssistantReplied reply = new AssistantReplied(this.text.toString(), this.turn.language().tag(),
				this.turn.intent(), state.name(), List.copyOf(this.buttons), null);
		return new TurnResult(after, List.copyOf(this.events), reply);
	}

	/** Records that a step failed; the turn then fails whole. */
	public void fail(RuntimeException ex) {
		if (this.failure == null) {
			this.failure = ex;
		}
	}

	/** Rethrows a step's failure, if any. */
	public void rethrowFailure() {
		if (this.failure != null) {
			throw this.failure;
		}
	}

	Phrases phrases() {
		return this.phrases;
	}

	void data(ConversationState newData) {
		this.data = newData;
	}

	void say(String sentence) {
		if (this.text.length() > 0) {
			this.text.append(' ');
		}
		this.text.append(sentence);
	}

	void buttons(List<QuickReply> quickReplies) {
		this.buttons.addAll(quickReplies);
	}

	void event(TransferEvent event) {
		this.events.add(event);
	}

	/** The reply and events of this turn went out through the ledger's outbox. */
	void announcedThroughLedger() {
		this.announced = true;
	}

	void followUp(DialogEvent next) {
		this.followUp = next;
	}

}
