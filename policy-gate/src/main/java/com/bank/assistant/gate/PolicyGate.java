package com.bank.assistant.gate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.bank.assistant.contracts.event.GateRules;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.TierFigures;
import com.bank.assistant.contracts.ids.CustomerId;

/**
 * Decides, in-process and before a model step runs, whether it may: allow, downgrade to a
 * cheaper tier, or block, with the reason, the rule version and the inputs weighed. Paid
 * ({@code REMOTE}) tiers fail closed without fresh rules; in-process tiers keep deciding
 * on the last known rules, and run when there never were any unless their deadline has
 * passed.
 */
public final class PolicyGate {

	/** The rule version decisions carry when no rules were ever received. */
	public static final String NO_RULES = "none";

	/** The kind of tier that is paid, and counted against the budgets. */
	public static final String REMOTE = "REMOTE";

	private final KnownRules known;

	private final Budgets budgets;

	private final Clock clock;

	private final Duration maxRulesAge;

	private final List<DecisionObserver> observers;

	private final Executor budgetCalls;

	/**
	 * A gate on {@code known} rules that fails closed on paid tiers past
	 * {@code maxRulesAge}; early reservations run on the calling thread.
	 */
	public PolicyGate(KnownRules known, Budgets budgets, Clock clock, Duration maxRulesAge,
			List<DecisionObserver> observers) {
		this(known, budgets, clock, maxRulesAge, observers, Runnable::run);
	}

	/**
	 * A gate on {@code known} rules that fails closed on paid tiers past
	 * {@code maxRulesAge}, whose early reservations run on {@code budgetCalls}.
	 */
	public PolicyGate(KnownRules known, Budgets budgets, Clock clock, Duration maxRulesAge,
			List<DecisionObserver> observers, Executor budgetCalls) {
		this.known = known;
		this.budgets = budgets;
		this.clock = clock;
		this.maxRulesAge = maxRulesAge;
		this.observers = List.copyOf(observers);
		this.budgetCalls = budgetCalls;
	}

	/** The decision on one step; an allowed paid step has its estimate reserved. */
	public PolicyDecision decide(StepRequest request) {
		return decideWith(request, this.budgets);
	}

	/**
	 * Starts reserving a paid tier's estimate for {@code customer} before the step's
	 * rules can be checked, so that the budgets' round trip overlaps the turn's other
	 * work. Empty when there is nothing to reserve: no fresh rules, or the tier is
	 * unusable or not paid. Hand it to {@link #decide(StepRequest, EarlyReservation)}, or
	 * {@link #release} it.
	 */
	public Optional<EarlyReservation> reserveEarly(CustomerId customer, String tier, long inputTokens,
			long outputTokens) {
		Instant now = this.clock.instant();
		Optional<RulesSnapshot> current = this.known.current().filter((rules) -> !rules.staleAt(now, this.maxRulesAge));
		Optional<TierFigures> figures = current.flatMap((rules) -> rules.tier(tier))
			.filter(TierFigures::usable)
			.filter((paid) -> REMOTE.equals(paid.kind()));
		if (figures.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal amount = TierPricing.cost(figures.get(), inputTokens, outputTokens);
		GateRules rules = current.get().rules();
		CompletableFuture<Reason> verdict = CompletableFuture
			.supplyAsync(() -> this.budgets.reserve(customer, amount, rules, now), this.budgetCalls);
		return Optional.of(new EarlyReservation(customer, tier, amount, rules, now, verdict, this.budgetCalls));
	}

	/**
	 * The decision on one step whose budget reservation started early: the budget rule
	 * takes its verdict instead of calling Redis now. A reservation the decision did not
	 * take (another rule blocked first, or the estimate changed) is given back.
	 */
	public PolicyDecision decide(StepRequest request, EarlyReservation early) {
		if (early == null) {
			return decide(request);
		}
		PolicyDecision decision = decideWith(request, early.before(this.budgets, request.tier()));
		release(early);
		return decision;
	}

	/** Gives back an early reservation no decision took; a no-op once one did. */
	public void release(EarlyReservation early) {
		if (early != null) {
			early.release(this.budgets);
		}
	}

	private PolicyDecision decideWith(StepRequest request, Budgets reserving) {
		long started = System.nanoTime();
		PolicyDecision decision = evaluate(request, this.clock.instant(), reserving);
		long took = System.nanoTime() - started;
		this.observers.forEach((observer) -> observer.decided(decision, took));
		return decision;
	}

	/**
	 * The decision on a step that may fall back to a cheaper in-process tier: when the
	 * tier asked for is blocked and the fallback is allowed, the outcome is
	 * {@code DOWNGRADE} to the fallback, with the reason the first tier was refused.
	 */
	public PolicyDecision decide(StepRequest request, String fallbackTier) {
		PolicyDecision first = decide(request);
		if (!Outcome.BLOCK.of(first) || fallbackTier == null) {
			return first;
		}
		StepRequest cheaper = new StepRequest(request.step(), fallbackTier, request.customer(), request.spent(),
				request.transactionValue(), request.deadline(), 0, 0, false);
		PolicyDecision fallback = decide(cheaper);
		if (!Outcome.ALLOW.of(fallback)) {
			return first;
		}
		return new PolicyDecision(request.step(), fallbackTier, Outcome.DOWNGRADE.name(), first.reason(),
				fallback.ruleVersion(), fallback.estimatedCost(), request.spent(), request.transactionValue(),
				fallback.remainingMillis(), fallback.p95Millis());
	}

	/**
	 * Books what an allowed step really cost in place of its reservation (zero when it
	 * never ran).
	 */
	public void settle(StepRequest request, PolicyDecision decision, BigDecimal actualCost) {
		Optional<RulesSnapshot> rules = this.known.current();
		if (rules.isPresent() && isPaid(request, rules.get()) && !Outcome.BLOCK.of(decision)) {
			this.budgets.settle(request.customer(), decision.estimatedCost(), actualCost, rules.get().rules(),
					this.clock.instant());
		}
	}

	/** The newest rules known, if any. */
	public Optional<RulesSnapshot> rules() {
		return this.known.current();
	}

	private PolicyDecision evaluate(StepRequest request, Instant now, Budgets reserving) {
		long remaining = (request.deadline() != null) ? Duration.between(now, request.deadline()).toMillis() : -1;
		Optional<RulesSnapshot> current = this.known.current();
		if (current.isEmpty()) {
			return unruled(request, remaining);
		}
		RulesSnapshot snapshot = current.get();
		Optional<TierFigures> tier = snapshot.tier(request.tier()).filter(TierFigures::usable);
		if (tier.isEmpty()) {
			return new Verdict(snapshot, request, remaining).block(Reason.TIER_UNAVAILABLE, BigDecimal.ZERO, 0);
		}
		return new RuleCheck(snapshot, tier.get(), request, remaining, reserving).decide(now,
				snapshot.staleAt(now, this.maxRulesAge));
	}

	/**
	 * Without rules a paid step is refused; an in-process one runs unless its deadline
	 * has already passed (no p95 or margin is known, but a spent deadline is).
	 */
	private static PolicyDecision unruled(StepRequest request, long remaining) {
		boolean late = request.deadline() != null && remaining < 0;
		Outcome outcome = (request.remote() || late) ? Outcome.BLOCK : Outcome.ALLOW;
		Reason reason = (late && !request.remote()) ? Reason.DEADLINE : Reason.RULES_UNAVAILABLE;
		return new PolicyDecision(request.step(), request.tier(), outcome.name(), reason.code(), NO_RULES, null,
				request.spent(), request.transactionValue(), remaining, 0);
	}

	/** Whether the step is paid: the caller says so, or the catalog's tier is remote. */
	static boolean isPaid(StepRequest request, RulesSnapshot snapshot) {
		return request.remote()
				|| snapshot.tier(request.tier()).map((tier) -> REMOTE.equals(tier.kind())).orElse(false);
	}

}
