package com.bank.assistant.transfer.ledger;

import com.bank.assistant.contracts.event.Recipient;

/**
 * A saved Pix contact.
 *
 * @param name the contact's full name
 * @param pixKey the normalized Pix key
 * @param keyType {@code EMAIL}, {@code PHONE}, {@code CPF}, {@code CNPJ} or {@code EVP}
 */
public record Contact(String name, String pixKey, String keyType) {

	/** The contact as the recipient of a transfer. */
	public Recipient asRecipient() {
		return new Recipient(this.name, this.pixKey);
	}

}
