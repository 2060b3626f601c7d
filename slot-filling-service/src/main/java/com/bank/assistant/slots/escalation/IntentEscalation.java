package com.bank.assistant.slots.escalation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentDetected;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.SlotsUpdated;
import com.bank.assistant.gate.EarlyReservation;
import com.bank.assistant.gate.Outcome;
import com.bank.assistant.gate.PolicyGate;
import com.bank.assistant.gate.RulesSnapshot;
import com.bank.assistant.gate.StepRequest;
import com.bank.assistant.gate.TierPricing;

/**
 * Before a turn's {@code SlotsUpdated} leaves: when the small model was unsure, asks the
 * policy gate whether the large tier may run, runs it if allowed, and puts the decision
 * (always), the large model's intent (when it answered) and its cost into the event and
 * its envelope. A blocked or failed escalation leaves the small model's intent and
 * alternatives, for transfer-service to ask the customer or hand over.
 */
public final class IntentEscalation {

	/** The step name decisions carry. */
	public static final String STEP = "escalation";

	private final PolicyGate gate;

	private final IntentChooser chooser;

	private final List<String> intents;

	private final EscalationSettings settings;

	private final Clock clock;

	/**
	 * Escalation to {@code chooser}'s tier among {@code intents}, gated by {@code gate}.
	 */
	public IntentEscalation(PolicyGate gate, IntentChooser chooser, List<String> intents, EscalationSettings settings,
			Clock clock) {
		this.gate = gate;
		this.chooser = chooser;
		this.intents = List.copyOf(intents);
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Starts reserving the large tier's estimate in the budgets as soon as an unsure
	 * {@code IntentDetected} arrives, so that the round trip to Redis runs while slot
	 * filling does its work; {@link #apply(Envelope, EarlyReservation)} takes it, or
	 * {@link #release} gives it back.
	 */
	public Optional<EarlyReservation> reserveEarly(Envelope detected) {
		if (!(detected.data() instanceof IntentDetected intent) || intent.confidence() >= threshold()) {
			return Optional.empty();
		}
		return this.gate.reserveEarly(detected.customerid(), this.chooser.tier(),
				this.chooser.inputTokensAtMost(intent.text()), this.chooser.outputTokensAtMost());
	}

	/** Gives back an early reservation that no decision took. */
	public void release(EarlyReservation early) {
		this.gate.release(early);
	}

	/** The envelope as it should leave: unchanged unless it is an unsure SlotsUpdated. */
	public Envelope apply(Envelope outgoing) {
		return apply(outgoing, null);
	}

	/**
	 * The envelope as it should leave, the budget rule taking {@code early}'s verdict
	 * when there is one.
	 */
	public Envelope apply(Envelope outgoing, EarlyReservation early) {
		if (!(outgoing.data() instanceof SlotsUpdated slots) || slots.confidence() >= threshold()) {
			return outgoing;
		}
		StepRequest request = new StepRequest(STEP, this.chooser.tier(), outgoing.customerid(),
				outgoing.modelCostSoFar(), TransactionValue.of(slots), outgoing.deadline(),
				this.chooser.inputTokensAtMost(slots.text()), this.chooser.outputTokensAtMost(), true);
		PolicyDecision decision = this.gate.decide(request, early);
		if (!Outcome.ALLOW.of(decision)) {
			return EscalatedTurn.of(outgoing, slots).decided(decision).envelope();
		}
		return run(outgoing, slots, request, decision);
	}

	private Envelope run(Envelope outgoing, SlotsUpdated slots, StepRequest request, PolicyDecision decision) {
		Choice choice = this.settings.enabled()
				? this.chooser.choose(slots.text(), slots.locale(), this.intents, timeLeft(outgoing))
				: Choice.notSent("not_configured");
		BigDecimal cost = cost(choice, decision);
		this.gate.settle(request, decision, cost);
		EscalatedTurn turn = EscalatedTurn.of(outgoing, slots)
			.decided(decision.ran(choice.result(), cost, choice.latencyMicros()))
			.charged(cost);
		return (choice.answered() ? turn.answeredBy(choice) : turn).envelope();
	}

	private BigDecimal cost(Choice choice, PolicyDecision decision) {
		if (!choice.billed()) {
			return BigDecimal.ZERO;
		}
		if (choice.inputTokens() == 0 && choice.outputTokens() == 0) {
			// Sent but no usage came back (a timeout): count the estimate, the provider
			// may bill it.
			return decision.estimatedCost();
		}
		return this.gate.rules()
			.flatMap((rules) -> rules.tier(this.chooser.tier()))
			.map((tier) -> TierPricing.cost(tier, choice.inputTokens(), choice.outputTokens()))
			.orElse(decision.estimatedCost());
	}

	private double threshold() {
		return this.gate.rules()
			.map(RulesSnapshot::rules)
			.map((rules) -> rules.escalateBelowConfidence())
			.orElse(this.settings.confidenceBelow());
	}

	private Duration timeLeft(Envelope outgoing) {
		if (outgoing.deadline() == null) {
			return this.settings.timeout();
		}
		Duration left = Duration.between(this.clock.instant(), outgoing.deadline());
		return (left.compareTo(this.settings.timeout()) < 0) ? left : this.settings.timeout();
	}

	static List<PolicyDecision> with(List<PolicyDecision> decisions, PolicyDecision decision) {
		List<PolicyDecision> all = new ArrayList<>((decisions != null) ? decisions : List.of());
		all.add(decision);
		return all;
	}

}
