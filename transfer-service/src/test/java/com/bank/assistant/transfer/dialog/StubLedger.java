package com.bank.assistant.transfer.dialog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.contracts.ids.TransferId;
import com.bank.assistant.transfer.ledger.Contact;
import com.bank.assistant.transfer.ledger.ContactDirectory;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.Posting;
import com.bank.assistant.transfer.ledger.TransferIds;
import com.bank.assistant.transfer.ledger.TransferOrder;
import com.bank.assistant.transfer.ledger.TransferOutcome;

/**
 * The ledger ports as the dialog sees them, for fast tests: the demo customer's balance,
 * contacts and postings, and ids numbered in order. The real ledger is tested in
 * LedgerIT.
 */
final class StubLedger implements Ledger, ContactDirectory, TransferIds {

	static final List<Contact> DEMO_CONTACTS = List.of(new Contact("Ana Souza", "ana.souza@example.com", "EMAIL"),
			new Contact("Ana Lima", "+5511987654321", "PHONE"), new Contact("João Pedro", "12345678909", "CPF"));

	final List<TransferOrder> executed = new ArrayList<>();

	private final Map<TransferId, TransferOutcome> outcomes = new HashMap<>();

	private final List<Posting> postings = new ArrayList<>();

	private BigDecimal balance;

	private int issued;

	StubLedger(String balance) {
		this.balance = new BigDecimal(balance);
	}

	Money balance() {
		return new Money(this.balance, "BRL");
	}

	@Override
	public Optional<Money> balanceOf(CustomerId customer) {
		return Optional.of(balance());
	}

	@Override
	public List<Posting> recentPostings(CustomerId customer, int limit) {
		return this.postings.subList(0, Math.min(limit, this.postings.size()));
	}

	@Override
	public TransferOutcome execute(TransferOrder order) {
		return this.outcomes.computeIfAbsent(order.transferId(), (id) -> post(order));
	}

	private TransferOutcome post(TransferOrder order) {
		if (this.balance.compareTo(order.amount().amount()) < 0) {
			return new TransferOutcome.Refused(TransferOutcome.INSUFFICIENT_FUNDS, balance());
		}
		this.balance = this.balance.subtract(order.amount().amount());
		this.executed.add(order);
		this.postings.add(0, new Posting(order.transferId(), new Money(order.amount().amount().negate(), "BRL"),
				order.recipient().name(), Messages.NOW));
		return new TransferOutcome.Executed(
				new TransferReceipt(order.transferId(), order.amount(), order.recipient(), balance(), Messages.NOW));
	}

	@Override
	public List<Contact> contactsOf(CustomerId customer) {
		return DEMO_CONTACTS;
	}

	@Override
	public TransferId next() {
		this.issued++;
		return new TransferId("E12345678202603161300" + String.format("%011d", this.issued));
	}

}
