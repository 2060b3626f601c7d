package com.bank.assistant.localstack.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What a simulated customer reads of one reply: the dialog's state, the buttons and the
 * receipt, never the wording (which may change without breaking the benchmark).
 *
 * @param text the reply's text
 * @param dialogState the dialog's state after the turn ({@code COLLECTING},
 * {@code AWAITING_CONFIRMATION}, {@code COMPLETED}, ...), empty if absent
 * @param buttons the quick replies offered
 * @param receipt the transfer receipt, or null when no money moved
 */
public record Reply(String text, String dialogState, List<Button> buttons, Receipt receipt) {

	/** Reads the {@code reply} object of the gateway's answer. */
	public static Reply of(JsonNode reply) {
		List<Button> buttons = new ArrayList<>();
		for (JsonNode button : reply.path("quickReplies")) {
			buttons.add(new Button(button.path("label").asString(""), button.path("text").asString("")));
		}
		JsonNode transfer = reply.path("transfer");
		Receipt receipt = (transfer.isObject()) ? new Receipt(money(transfer.path("amount")),
				money(transfer.path("balanceAfter")), transfer.path("amount").path("currency").asString("")) : null;
		return new Reply(reply.path("text").asString(""), reply.path("dialogState").asString(""), List.copyOf(buttons),
				receipt);
	}

	private static BigDecimal money(JsonNode money) {
		String amount = money.path("amount").asString("");
		return amount.isEmpty() ? null : new BigDecimal(amount);
	}

	/** Whether the dialog is in this state. */
	public boolean in(String state) {
		return state.equals(this.dialogState);
	}

	/**
	 * A quick reply.
	 *
	 * @param label what it shows
	 * @param text what pressing it sends
	 */
	public record Button(String label, String text) {

	}

	/**
	 * What an executed transfer's receipt says.
	 *
	 * @param amount the amount sent
	 * @param balanceAfter the customer's balance after it
	 * @param currency the amount's currency
	 */
	public record Receipt(BigDecimal amount, BigDecimal balanceAfter, String currency) {

	}

}
