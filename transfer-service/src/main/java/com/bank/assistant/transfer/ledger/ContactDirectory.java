package com.bank.assistant.transfer.ledger;

import java.util.List;

import com.bank.assistant.contracts.ids.CustomerId;

/** The Pix contacts a customer saved. */
public interface ContactDirectory {

	/** The customer's contacts, in no particular order. */
	List<Contact> contactsOf(CustomerId customer);

}
