package com.bank.assistant.contracts.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The assistant's answer to one message.
 *
 * @param text the reply, in the customer's language
 * @param locale that language
 * @param intent the intent the reply answers
 * @param dialogState the dialog's state after this turn ({@code IDLE},
 * {@code COLLECTING}, {@code AWAITING_CONFIRMATION}, {@code COMPLETED}, ...)
 * @param quickReplies buttons to show, possibly none
 * @param transfer the receipt, when this turn executed a transfer
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssistantReplied(String text, String locale, String intent, String dialogState,
		List<QuickReply> quickReplies, TransferReceipt transfer) implements DialogEvent {

}
