package com.bank.assistant.transfer.conversation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.event.IntentScore;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.Recipient;
import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.contracts.event.SlotsUpdated;

/**
 * A customer's message as slot-filling-service hands it to the dialog: the intent and the
 * conversation's slot frame after it. An Object Mother of the usual ones is below.
 */
final class Say {

	static final Recipient ANA_SOUZA = new Recipient("Ana Souza", "ana.souza@example.com");

	static final Recipient ANA_LIMA = new Recipient("Ana Lima", "+5511987654321");

	static final Recipient JOAO_PEDRO = new Recipient("João Pedro", "12345678909");

	private final String text;

	private final String locale;

	private final String intent;

	private final Map<String, SlotValue> said = new LinkedHashMap<>();

	private final Map<String, SlotValue> frame = new LinkedHashMap<>();

	private final List<String> changed = new ArrayList<>();

	private final Map<String, String> problems = new LinkedHashMap<>();

	private final List<Recipient> candidates = new ArrayList<>();

	private final List<IntentScore> alternatives = new ArrayList<>();

	private boolean handOff;

	private final List<PolicyDecision> decisions = new ArrayList<>();

	private Say(String text, String locale, String intent) {
		this.text = text;
		this.locale = locale;
		this.intent = intent;
	}

	static Say pt(String text, String intent) {
		return new Say(text, "pt-BR", intent);
	}

	static Say en(String text, String intent) {
		return new Say(text, "en", intent);
	}

	/** "transfere 20 reais pra Ana": two contacts are called Ana. */
	static Say twentyReaisToAna() {
		return pt("transfere 20 reais pra Ana", "pix_transfer").amount("20.00")
			.said("recipient", "Ana")
			.problem("recipient", "AMBIGUOUS_CONTACT")
			.candidates(ANA_SOUZA, ANA_LIMA);
	}

	/** "send 50 BRL to John": no contact is called John. */
	static Say fiftyToUnknownJohn() {
		return en("send 50 BRL to John", "pix_transfer").amount("50.00")
			.said("recipient", "John")
			.problem("recipient", "UNKNOWN_CONTACT");
	}

	/** The button that picks Ana Souza. */
	static Say anaSouza() {
		return pt("Ana Souza", "inform").recipient(ANA_SOUZA);
	}

	/** A whole transfer in one message: the amount to a resolved contact. */
	static Say send(String amount, Recipient to) {
		return pt("manda " + amount + " pra " + to.name(), "pix_transfer").amount(amount).recipient(to);
	}

	static Say yes() {
		return pt("sim", "affirm");
	}

	static Say no() {
		return pt("não", "deny");
	}

	static Say cancel() {
		return pt("cancela", "cancel");
	}

	Say amount(String value) {
		return slot("amount", value).slot("currency", "BRL");
	}

	Say recipient(Recipient contact) {
		return slot("recipient", contact.name()).slot("pix_key", contact.pixKey());
	}

	Say date(String isoDate) {
		return slot("date", isoDate);
	}

	/** A slot of the frame, which this message set. */
	Say slot(String name, String value) {
		SlotValue slot = new SlotValue(value, 0, this.text.length(), 0.95);
		this.said.put(name, slot);
		this.frame.put(name, slot);
		this.changed.add(name);
		return this;
	}

	/** A value the customer said that did not make it into the frame. */
	Say said(String name, String value) {
		this.said.put(name, new SlotValue(value, 0, this.text.length(), 0.9));
		return this;
	}

	/** The frame is what it was: nothing in this message changed it. */
	Say unchanged() {
		this.changed.clear();
		return this;
	}

	Say problem(String slot, String reason) {
		this.problems.put(slot, reason);
		return this;
	}

	Say candidates(Recipient... contacts) {
		this.candidates.addAll(List.of(contacts));
		return this;
	}

	Say alternatives(String... intents) {
		for (String each : intents) {
			this.alternatives.add(new IntentScore(each, 0.2));
		}
		return this;
	}

	Say handOff() {
		this.handOff = true;
		return this;
	}

	/**
	 * The policy gate blocked a model step on this message: its deadline was spent before
	 * the step could run.
	 */
	Say blockedAt(String step) {
		this.decisions.add(new PolicyDecision(step, "in-process", "BLOCK", "deadline", "rules-1", BigDecimal.ZERO,
				BigDecimal.ZERO, null, -40, 3));
		return this;
	}

	/** The event, with this message's slots merged over the frame so far. */
	SlotsUpdated after(Map<String, SlotValue> frameSoFar) {
		Map<String, SlotValue> merged = new LinkedHashMap<>(frameSoFar);
		merged.putAll(this.frame);
		return new SlotsUpdated(this.text, this.locale, this.intent, 0.95, List.copyOf(this.alternatives),
				Map.copyOf(this.said), Map.copyOf(merged), List.copyOf(this.changed), List.of(),
				Map.copyOf(this.problems), List.copyOf(this.candidates), Map.of(), this.handOff,
				List.copyOf(this.decisions), null);
	}

}
