package com.bank.assistant.transfer.dialog;

import com.bank.assistant.contracts.ids.CustomerId;

/** The customers' transaction PINs, kept only as hashes. */
public interface Pins {

	/** Whether this is the customer's transaction PIN. */
	boolean matches(CustomerId customer, String pin);

}
