package com.bank.assistant.localstack.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Whole conversations ({@code --script conversation}, the default): a greeting, a Pix of
 * one centavo whose amount and recipient the assistant has to ask for, the confirmation,
 * a yes, the receipt, then a balance question. The customer follows the dialog's state
 * and buttons, not the wording: while the assistant is collecting it gives what it has
 * not given yet (the amount, then the recipient, or the button naming the recipient). One
 * centavo keeps money right under load: far below the step-up amount and the daily limit,
 * and every receipt must say exactly R$ 0,01.
 */
public final class TransferScript implements Script {

	/** What every transfer moves. */
	public static final BigDecimal AMOUNT = new BigDecimal("0.01");

	/** The amount as customers write it, in turn. */
	static final List<String> AMOUNT_TEXTS = List.of("0,01", "1 centavo");

	/**
	 * The saved contact each demo customer pays (slot-filling-service's demo contacts).
	 */
	static final Map<String, String> DEMO_RECIPIENTS = Map.of("demo", "Ana Souza", "bob", "Carla Dias");

	private static final int MAX_ANSWERS = 4;

	private final String recipient;

	/**
	 * Conversations paying {@code recipient} (a saved contact's name or a Pix key), or
	 * each demo customer's own contact when null.
	 */
	public TransferScript(String recipient) {
		this.recipient = recipient;
	}

	@Override
	public Conversation start(String customer, int index) {
		String to = (this.recipient != null) ? this.recipient : DEMO_RECIPIENTS.getOrDefault(customer, "Ana Souza");
		return new TransferConversation(to, AMOUNT_TEXTS.get(index % AMOUNT_TEXTS.size()));
	}

	/** One customer's side of the conversation, as a small state machine. */
	private static final class TransferConversation implements Conversation {

		private final String recipient;

		private final String amount;

		private String last = "greeting";

		private boolean amountGiven;

		private boolean recipientGiven;

		private int answers;

		TransferConversation(String recipient, String amount) {
			this.recipient = recipient;
			this.amount = amount;
		}

		@Override
		public Step opening() {
			return Step.say("greeting", "oi");
		}

		@Override
		public Step next(Reply reply) {
			if (reply.text().isEmpty()) {
				return Step.fail("no reply text after " + this.last);
			}
			if ("greeting".equals(this.last)) {
				return say("transfer", "quero fazer um pix");
			}
			if ("confirm".equals(this.last)) {
				return afterYes(reply);
			}
			if ("balance".equals(this.last)) {
				return Step.end();
			}
			return collect(reply);
		}

		private Step collect(Reply reply) {
			if (reply.in("AWAITING_CONFIRMATION") && this.amountGiven && this.recipientGiven) {
				return say("confirm", "sim");
			}
			if (!reply.in("COLLECTING") || ++this.answers > MAX_ANSWERS) {
				return unexpected(reply);
			}
			for (Reply.Button button : reply.buttons()) {
				if (button.label().equalsIgnoreCase(this.recipient) || button.text().equalsIgnoreCase(this.recipient)) {
					this.recipientGiven = true;
					return say("recipient", button.text());
				}
			}
			if (!this.amountGiven) {
				this.amountGiven = true;
				return say("amount", this.amount);
			}
			if (!this.recipientGiven) {
				this.recipientGiven = true;
				return say("recipient", this.recipient);
			}
			return unexpected(reply);
		}

		private Step afterYes(Reply reply) {
			if (!reply.in("COMPLETED") || reply.receipt() == null) {
				return unexpected(reply);
			}
			if (reply.receipt().amount() == null || reply.receipt().amount().compareTo(AMOUNT) != 0) {
				return Step.fail("receipt of " + reply.receipt().amount() + " instead of " + AMOUNT);
			}
			return say("balance", "qual meu saldo?");
		}

		private Step unexpected(Reply reply) {
			return Step.fail("dialogState " + (reply.dialogState().isEmpty() ? "(none)" : reply.dialogState())
					+ " after " + this.last);
		}

		private Step say(String step, String text) {
			this.last = step;
			return Step.say(step, text);
		}

	}

}
