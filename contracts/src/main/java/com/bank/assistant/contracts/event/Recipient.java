package com.bank.assistant.contracts.event;

/**
 * Who receives a transfer.
 *
 * @param name the contact's full name
 * @param pixKey the Pix key the money goes to, normalized
 */
public record Recipient(String name, String pixKey) {

}
