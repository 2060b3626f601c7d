package com.bank.assistant.localstack.bench;

import java.util.List;

/**
 * Questions that are always valid and never move money, in turn ({@code --script
 * queries}): a fixed number of turns per conversation.
 */
public final class QueriesScript implements Script {

	/** What the customers say, in turn. */
	public static final List<String> MESSAGES = List.of("oi", "qual meu saldo?", "what's my balance?",
			"me mostra meu extrato");

	private final int turnsPerConversation;

	/** Conversations of {@code turnsPerConversation} turns. */
	public QueriesScript(int turnsPerConversation) {
		this.turnsPerConversation = turnsPerConversation;
	}

	@Override
	public Conversation start(String customer, int index) {
		return new Conversation() {

			private int sent;

			@Override
			public Step opening() {
				return nextMessage();
			}

			@Override
			public Step next(Reply reply) {
				if (reply.text().isEmpty()) {
					return Step.fail("no reply text");
				}
				return (this.sent < QueriesScript.this.turnsPerConversation) ? nextMessage() : Step.end();
			}

			private Step nextMessage() {
				return Step.say("query", MESSAGES.get((index + this.sent++) % MESSAGES.size()));
			}

		};
	}

}
