package com.bank.assistant.contracts.event;

/**
 * A button the client shows under a reply.
 *
 * @param label what the button says
 * @param text what is sent as the customer's message when it is pressed
 */
public record QuickReply(String label, String text) {

}
