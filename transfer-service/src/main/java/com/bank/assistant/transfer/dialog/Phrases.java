package com.bank.assistant.transfer.dialog;

import java.util.List;

import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.transfer.ledger.Posting;

/** Everything the assistant says, in one language. */
interface Phrases {

	/** The phrases of this language. */
	static Phrases of(Language language) {
		return (language == Language.EN) ? EnglishPhrases.INSTANCE : PortuguesePhrases.INSTANCE;
	}

	String askAmount(String recipientName);

	String askRecipient(Money amount);

	String askWhich(String name, List<String> candidates, Money amount);

	String notFound(String name);

	String onlyReais();

	String confirm(Money amount, Recipient recipient, boolean scheduleDropped);

	List<QuickReply> confirmButtons();

	String executed(TransferReceipt receipt);

	String insufficientFunds(Money amount, Money balance);

	String refused(String reason);

	String nothingToConfirm();

	String whatToChange();

	String cancelled();

	String nothingToCancel();

	String okWhatElse();

	String balance(Money balance);

	String noAccount();

	String statement(List<Posting> postings);

	String emptyStatement();

}
