package com.bank.assistant.transfer.dialog;

/** Intent names of the NLU contract that the dialog acts on. */
final class Intents {

	static final String PIX_TRANSFER = "pix_transfer";

	static final String INFORM = "inform";

	static final String AFFIRM = "affirm";

	static final String DENY = "deny";

	static final String CANCEL = "cancel";

	static final String CHECK_BALANCE = "check_balance";

	static final String LIST_TRANSACTIONS = "list_transactions";

	static final String OUT_OF_SCOPE = "out_of_scope";

	private Intents() {
	}

}
