package com.bank.assistant.slots.persistence;

import java.util.List;

import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.slots.contacts.Contact;
import com.bank.assistant.slots.contacts.ContactDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Saved contacts from the {@code contacts} database, in the order they were saved. */
public class JdbcContactDirectory implements ContactDirectory {

	private final JdbcClient jdbc;

	/** Contacts read from this database. */
	public JdbcContactDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Contact> contactsOf(CustomerId customer) {
		return this.jdbc.sql("SELECT name, pix_key FROM contacts WHERE customer_id = ? ORDER BY id")
			.param(customer.value())
			.query((rs, row) -> new Contact(rs.getString("name"), rs.getString("pix_key")))
			.list();
	}

}
