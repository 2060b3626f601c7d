package com.bank.assistant.transfer.persistence;

import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.transfer.dialog.Pins;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Transaction PINs as BCrypt hashes in {@code customers.pin_hash}. */
public class JdbcPins implements Pins {

	private final JdbcClient jdbc;

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	/** PINs of the customers in this database. */
	public JdbcPins(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean matches(CustomerId customer, String pin) {
		return this.jdbc.sql("SELECT pin_hash FROM customers WHERE id = ?")
			.param(customer.value())
			.query(String.class)
			.optional()
			.map((hash) -> this.bcrypt.matches(pin, hash))
			.orElse(false);
	}

}
