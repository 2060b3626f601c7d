package com.bank.assistant.transfer.dialog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.bank.assistant.contracts.event.AssistantEvent;
import com.bank.assistant.contracts.event.AssistantReplied;
import com.bank.assistant.contracts.event.QuickReply;
import com.bank.assistant.contracts.event.TransferConfirmationRequested;
import com.bank.assistant.contracts.event.TransferConfirmed;
import com.bank.assistant.contracts.event.TransferReceipt;
import com.bank.assistant.contracts.event.TransferRefused;
import com.bank.assistant.contracts.ids.TransferId;
import com.bank.assistant.transfer.ledger.Ledger;
import com.bank.assistant.transfer.ledger.LedgerUnavailableException;
import com.bank.assistant.transfer.ledger.RefusalReason;
import com.bank.assistant.transfer.ledger.TransferIds;
import com.bank.assistant.transfer.ledger.TransferOrder;
import com.bank.assistant.transfer.ledger.TransferOutcome;

/**
 * The guards and actions of the dialog's machine: what each transition checks and does.
 * Money moves in one place only, {@link #execute}, which the machine reaches only from a
 * confirmation of the exact transfer (and, above the limits, the second factor).
 */
public final class DialogSteps {

	private static final Set<String> NEVER_DESCRIBE = Set.of(Intents.CANCEL);

	/**
	 * Intents of a message that talks about the transfer being described. slot-filling
	 * repeats a problem the frame still has (an unknown contact) on every turn, so only
	 * such a message answers it; a balance question or a help request is answered, and
	 * the problem asked about again.
	 */
	private static final Set<String> ABOUT_THE_TRANSFER = Set.of(Intents.PIX_TRANSFER, Intents.INFORM, Intents.DENY,
			Intents.OUT_OF_SCOPE);

	private final Ledger ledger;

	private final TransferIds ids;

	private final StepUpRecords stepUps;

	private final DialogRules rules;

	private final CatalogAnswers answers = CatalogAnswers.shipped();

	private final AccountQueries accounts;

	/** Steps that move money through this ledger under these rules. */
	public DialogSteps(Ledger ledger, TransferIds ids, StepUpRecords stepUps, DialogRules rules) {
		this.ledger = ledger;
		this.ids = ids;
		this.stepUps = stepUps;
		this.rules = rules;
		this.accounts = new AccountQueries(ledger);
	}

	/** The rules. */
	public DialogRules rules() {
		return this.rules;
	}

	/**
	 * The machine event a message means. Any change of the slot frame is a description (a
	 * correction after a confirmation included), unless the customer cancels.
	 */
	public DialogEvent eventOf(Turn turn) {
		if (turn.unread()) {
			return DialogEvent.ASK;
		}
		boolean describes = !turn.changed().isEmpty()
				|| (!turn.problems().isEmpty() && ABOUT_THE_TRANSFER.contains(turn.intent()));
		if (describes && !NEVER_DESCRIBE.contains(turn.intent())) {
			return DialogEvent.DESCRIBE;
		}
		switch (turn.intent()) {
			case Intents.PIX_TRANSFER:
				return DialogEvent.DESCRIBE;
			case Intents.INFORM:
				return turn.frame().isEmpty() ? DialogEvent.ASK : DialogEvent.DESCRIBE;
			case Intents.AFFIRM:
				return DialogEvent.AFFIRM;
			case Intents.DENY:
				return DialogEvent.DENY;
			case Intents.CANCEL:
				return DialogEvent.CANCEL;
			default:
				return DialogEvent.ASK;
		}
	}

	// Guards

	/** The frame describes a whole, valid transfer and nothing is in doubt. */
	public boolean ready(TurnContext context) {
		Turn turn = context.turn();
		return !turn.handOff() && turn.problems().isEmpty() && turn.candidates().isEmpty() && turn.draft().complete();
	}

	/**
	 * The customer turned a transfer down and this message changes none of it: it names
	 * what to change ("o valor"), or nothing, and gets no confirmation of the same
	 * transfer.
	 */
	public boolean turnedDownUnchanged(TurnContext context) {
		ConversationState data = context.data();
		return data.state() == DialogState.COLLECTING && !Draft.EMPTY.equals(data.draft())
				&& context.turn().draft().equals(data.draft());
	}

	/** The frame describes exactly the transfer already put to the customer. */
	public boolean unchanged(TurnContext context) {
		return context.turn().draft().equals(context.data().draft());
	}

	/** The confirmed transfer needs the second factor. */
	public boolean needsStepUp(TurnContext context) {
		return this.rules.needsStepUp(context.data().draft().amount(), context.turn().time())
				&& !this.stepUps.passed(context.data().pendingTransfer());
	}

	/** Too many wrong PINs were entered for the pending transfer. */
	public boolean stepUpLocked(TurnContext context) {
		return this.stepUps.failures(context.data().pendingTransfer()) >= StepUps.MAX_ATTEMPTS;
	}

	/** The customer passed the second factor for the pending transfer. */
	public boolean stepUpPassed(TurnContext context) {
		return this.stepUps.passed(context.data().pendingTransfer());
	}

	// Actions

	/** Asks for the first thing missing, invalid or ambiguous. */
	public void askForMissing(TurnContext context) {
		context.data(context.data().cleared());
		MissingQuestion.ask(context);
	}

	/** Puts the exact transfer to the customer under a new transfer id. */
	public void requestConfirmation(TurnContext context) {
		confirmAnew(context, context.turn().draft());
	}

	/** Says the pending confirmation again, unchanged. */
	public void repeatConfirmation(TurnContext context) {
		confirmation(context);
	}

	/** The confirmation expired: says so and asks it again under a new transfer id. */
	public void reconfirm(TurnContext context) {
		context.say(context.phrases().say("confirm.expired"));
		confirmAnew(context, context.data().draft());
	}

	/** Asks for the second factor. */
	public void askStepUp(TurnContext context) {
		Phrases phrases = context.phrases();
		context.say(phrases.say("step.up", phrases.money(context.data().draft().amount())));
	}

	/** The second factor failed too often: the transfer is dropped. */
	public void stepUpFailed(TurnContext context) {
		context.data(context.data().cleared());
		context.say(context.phrases().say("step.up.locked"));
	}

	/** Reminds the customer that the second factor is still missing. */
	public void remindStepUp(TurnContext context) {
		context.say(context.phrases().say("step.up.remind"));
	}

	/**
	 * Executes the confirmed transfer: the only step that moves money. The ledger writes
	 * the confirmation, the outcome and the reply in the same transaction as the
	 * postings.
	 */
	public void execute(TurnContext context) {
		ConversationState data = context.data();
		Turn turn = context.turn();
		Draft draft = data.draft();
		LocalDate executeOn = draft.futureDate(this.rules.calendar().today(turn.time()));
		TransferOrder order = new TransferOrder(data.pendingTransfer(), turn.customer(), draft.amount(),
				draft.recipient(), executeOn, turn.cause());
		TransferConfirmed confirmed = new TransferConfirmed(order.transferId(), order.amount(), order.recipient(),
				turn.correlationId());
		TransferOutcome outcome;
		try {
			outcome = this.ledger.execute(order, (result) -> announce(context, confirmed, result));
		}
		catch (LedgerUnavailableException ex) {
			context.followUp(DialogEvent.UNAVAILABLE);
			return;
		}
		context.announcedThroughLedger();
		context.followUp(followUpOf(outcome));
	}

	/** After the transfer ended: nothing is pending any more. */
	public void clear(TurnContext context) {
		context.data(context.data().cleared());
	}

	/** The ledger could not be reached: nothing moved; the confirmation stays. */
	public void unavailable(TurnContext context) {
		context.say(context.phrases().say("unavailable"));
		context.buttons(context.phrases().confirmButtons());
	}

	/** No: back to describing, with the values kept. */
	public void whatToChange(TurnContext context) {
		context.say(context.phrases().say("what.to.change"));
	}

	/** Asks for the new value of what the customer named, or again what to change. */
	public void askForTheChange(TurnContext context) {
		Phrases phrases = context.phrases();
		Draft draft = context.data().draft();
		switch (ChangeTarget.of(context.turn().text())) {
			case AMOUNT -> context.say(phrases.say("ask.amount.to", draft.recipient().name()));
			case RECIPIENT -> context.say(phrases.say("ask.recipient", phrases.money(draft.amount())));
			default -> context.say(phrases.say("which.change"));
		}
	}

	/** Drops the transfer. */
	public void cancel(TurnContext context) {
		context.data(context.data().cleared());
		context.say(context.phrases().say("cancelled"));
	}

	/** A cancel with nothing to cancel. */
	public void nothingToCancel(TurnContext context) {
		context.say(context.phrases().say("nothing.to.cancel"));
	}

	/** A yes with nothing to confirm. */
	public void nothingToConfirm(TurnContext context) {
		if (stillDescribing(context)) {
			askForMissing(context);
		}
		else {
			context.say(context.phrases().say("nothing.to.confirm"));
		}
	}

	/**
	 * A transfer is being described and something is still missing, invalid or unclear.
	 */
	private boolean stillDescribing(TurnContext context) {
		return context.data().state() == DialogState.COLLECTING && !ready(context);
	}

	/** A no with nothing in progress. */
	public void okWhatElse(TurnContext context) {
		context.say(context.phrases().say("ok.what.else"));
	}

	/**
	 * Answers a message that changes nothing: the account queries, a clarification with
	 * the likely intents as buttons, or the catalog's fixed answer.
	 */
	public void answer(TurnContext context) {
		Turn turn = context.turn();
		Phrases phrases = context.phrases();
		List<String> likely = likelyIntents(turn, phrases);
		if (turn.unread()) {
			context.say(phrases.say("unread"));
		}
		else if (turn.handOff()) {
			askForMissing(context);
		}
		else if (turnedDownUnchanged(context) && ChangeTarget.of(turn.text()) != ChangeTarget.UNCLEAR) {
			askForTheChange(context);
		}
		else if (!likely.isEmpty()) {
			clarify(context, likely);
		}
		else {
			boolean account = Intents.CHECK_BALANCE.equals(turn.intent())
					|| Intents.LIST_TRANSACTIONS.equals(turn.intent());
			context.say(account ? account(turn, phrases) : this.answers.answer(turn.intent(), turn.language()));
			if (stillDescribing(context)) {
				askForMissing(context);
			}
		}
		if (context.data().state().pending()) {
			context.buttons(phrases.confirmButtons());
		}
	}

	private String account(Turn turn, Phrases phrases) {
		try {
			return Intents.CHECK_BALANCE.equals(turn.intent()) ? this.accounts.balance(turn.customer(), phrases)
					: this.accounts.statement(turn.customer(), phrases);
		}
		catch (LedgerUnavailableException ex) {
			return phrases.say("account.unavailable");
		}
	}

	private void confirmAnew(TurnContext context, Draft draft) {
		TransferId transfer = this.ids.next();
		LocalDate executeOn = draft.futureDate(this.rules.calendar().today(context.turn().time()));
		context.data(context.data().confirming(draft, transfer, context.turn().time()));
		context.event(new TransferConfirmationRequested(transfer, draft.amount(), draft.recipient(), executeOn));
		confirmation(context);
	}

	private void confirmation(TurnContext context) {
		Phrases phrases = context.phrases();
		Draft draft = context.data().draft();
		LocalDate executeOn = draft.futureDate(this.rules.calendar().today(context.turn().time()));
		String amount = phrases.money(draft.amount());
		String to = phrases.recipient(draft.recipient());
		context.say((executeOn != null) ? phrases.say("confirm.scheduled", amount, to, phrases.date(executeOn))
				: phrases.say("confirm", amount, to));
		context.buttons(phrases.confirmButtons());
	}

	/**
	 * What an unclear message most likely meant, among intents the assistant can name.
	 */
	private static List<String> likelyIntents(Turn turn, Phrases phrases) {
		if (!Intents.OUT_OF_SCOPE.equals(turn.intent())) {
			return List.of();
		}
		return turn.alternatives().stream().filter((intent) -> phrases.has("intent." + intent)).limit(3).toList();
	}

	private static void clarify(TurnContext context, List<String> intents) {
		Phrases phrases = context.phrases();
		List<String> meanings = intents.stream().map((intent) -> phrases.say("intent." + intent)).toList();
		context.say(phrases.say("clarify", phrases.either(meanings)));
		context.buttons(
				meanings.stream().map((meaning) -> new QuickReply(Wording.capitalized(meaning), meaning)).toList());
	}

	private List<AssistantEvent> announce(TurnContext context, TransferConfirmed confirmed, TransferOutcome outcome) {
		Phrases phrases = context.phrases();
		List<AssistantEvent> events = new ArrayList<>();
		events.add(confirmed);
		String text;
		DialogState state;
		TransferReceipt receipt = null;
		if (outcome instanceof TransferOutcome.Executed executed) {
			receipt = executed.receipt();
			events.add(executed.event());
			text = phrases.say("executed", phrases.money(receipt.amount()), receipt.recipient().name(),
					phrases.money(receipt.balanceAfter()));
			state = DialogState.COMPLETED;
		}
		else if (outcome instanceof TransferOutcome.Scheduled scheduled) {
			text = phrases.say("scheduled", phrases.money(confirmed.amount()), confirmed.recipient().name(),
					phrases.date(scheduled.executeOn()));
			state = DialogState.COMPLETED;
		}
		else {
			TransferOutcome.Refused refused = (TransferOutcome.Refused) outcome;
			events.add(new TransferRefused(confirmed.transferId(), confirmed.amount(), confirmed.recipient(),
					refused.reason().name()));
			text = refusal(phrases, confirmed, refused);
			state = (refused.reason() == RefusalReason.INSUFFICIENT_FUNDS) ? DialogState.COLLECTING
					: DialogState.FAILED;
		}
		events.add(new AssistantReplied(text, context.turn().language().tag(), context.turn().intent(), state.name(),
				List.of(), receipt));
		return events;
	}

	private static String refusal(Phrases phrases, TransferConfirmed confirmed, TransferOutcome.Refused refused) {
		if (refused.reason() == RefusalReason.INSUFFICIENT_FUNDS && refused.balance() != null) {
			return phrases.say("insufficient.funds", phrases.money(refused.balance()),
					phrases.money(confirmed.amount()));
		}
		return phrases.refusal(refused);
	}

	private static DialogEvent followUpOf(TransferOutcome outcome) {
		if (outcome instanceof TransferOutcome.Refused refused) {
			return (refused.reason() == RefusalReason.INSUFFICIENT_FUNDS) ? DialogEvent.INSUFFICIENT_FUNDS
					: DialogEvent.REFUSED;
		}
		return DialogEvent.EXECUTED;
	}

}
