package com.bank.assistant.transfer.dialog;

import java.util.List;

import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.ids.Money;
import com.bank.assistant.transfer.ledger.Posting;
import com.bank.assistant.transfer.ledger.TransferOutcome;

/** What the assistant says in English. */
final class EnglishPhrases implements Phrases {

	static final Phrases INSTANCE = new EnglishPhrases();

	private static String brl(Money money) {
		return MoneyFormat.format(money, Language.EN);
	}

	@Override
	public String askAmount(String recipientName) {
		return (recipientName != null) ? "How much do you want to send to " + recipientName + "?"
				: "How much do you want to send?";
	}

	@Override
	public String askRecipient(Money amount) {
		return "Who do you want to send " + brl(amount) + " to?";
	}

	@Override
	public String askWhich(String name, List<String> candidates, Money amount) {
		String options = Wording.either(candidates, "or");
		return (amount != null) ? "Which " + name + " do you want to send " + brl(amount) + " to: " + options + "?"
				: "Which " + name + " do you mean: " + options + "?";
	}

	@Override
	public String notFound(String name) {
		return "I couldn't find " + name + " in your contacts. What is the recipient's Pix key?";
	}

	@Override
	public String onlyReais() {
		return "For now I can only send a Pix in reais. How much do you want to send, in reais?";
	}

	@Override
	public String confirm(Money amount, Recipient recipient, boolean scheduleDropped) {
		String to = Wording.keyOnly(recipient) ? "the key " + recipient.pixKey()
				: recipient.name() + " (key " + recipient.pixKey() + ")";
		String prefix = scheduleDropped ? "I can't schedule a Pix yet, only send it now. " : "";
		return prefix + "Do you confirm sending " + brl(amount) + " to " + to + "?";
	}

	@Override
	public List<QuickReply> confirmButtons() {
		return List.of(new QuickReply("Confirm", "yes"), new QuickReply("Cancel", "cancel"));
	}

	@Override
	public String executed(TransferReceipt receipt) {
		return "Done! I sent " + brl(receipt.amount()) + " to " + receipt.recipient().name() + ". Your balance is now "
				+ brl(receipt.balanceAfter()) + ".";
	}

	@Override
	public String insufficientFunds(Money amount, Money balance) {
		return "Your balance of " + brl(balance) + " is not enough to send " + brl(amount)
				+ ". Nothing was sent. How much do you want to send?";
	}

	@Override
	public String refused(String reason) {
		return TransferOutcome.ACCOUNT_NOT_FOUND.equals(reason) ? noAccount() + " Nothing was sent."
				: "I couldn't make this transfer. Nothing was sent.";
	}

	@Override
	public String nothingToConfirm() {
		return "There is nothing to confirm right now. Do you want to send a Pix?";
	}

	@Override
	public String whatToChange() {
		return "All right, nothing was sent. What do you want to change: the amount or the recipient?";
	}

	@Override
	public String cancelled() {
		return "Transfer cancelled. No money was sent.";
	}

	@Override
	public String nothingToCancel() {
		return "There is no transfer in progress to cancel.";
	}

	@Override
	public String okWhatElse() {
		return "All right. Is there anything else I can help with?";
	}

	@Override
	public String balance(Money balance) {
		return "Your balance is " + brl(balance) + ".";
	}

	@Override
	public String noAccount() {
		return "I couldn't find an account in your name.";
	}

	@Override
	public String statement(List<Posting> postings) {
		return "Your recent transactions:\n" + Wording.lines(postings, Language.EN, "MM/dd HH:mm");
	}

	@Override
	public String emptyStatement() {
		return "You have no transactions yet.";
	}

}
