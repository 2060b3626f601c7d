package com.bank.assistant.slots.contacts;

import com.bank.assistant.contracts.event.Recipient;

/**
 * A saved Pix contact.
 *
 * @param name the contact's full name
 * @param pixKey the normalized Pix key
 */
public record Contact(String name, String pixKey) {

	/** The contact as a transfer's recipient. */
	public Recipient asRecipient() {
		return new Recipient(this.name, this.pixKey);
	}

}
