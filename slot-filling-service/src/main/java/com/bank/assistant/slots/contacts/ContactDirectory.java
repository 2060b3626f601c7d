package com.bank.assistant.slots.contacts;

import java.util.List;

import com.bank.assistant.contracts.ids.CustomerId;

/** The Pix contacts each customer saved. */
public interface ContactDirectory {

	/** The customer's contacts, in the order they were saved. */
	List<Contact> contactsOf(CustomerId customer);

}
