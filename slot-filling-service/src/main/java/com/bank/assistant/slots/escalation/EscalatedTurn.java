package com.bank.assistant.slots.escalation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.event.IntentScore;
import com.bank.assistant.contracts.event.PolicyDecision;
import com.bank.assistant.contracts.event.SlotsUpdated;

/**
 * A turn's outgoing envelope being rewritten by an escalation: the decision added, the
 * large model's intent put first (the small model's top intent becomes an alternative),
 * and the cost added to the envelope's {@code modelcost}.
 */
final class EscalatedTurn {

	private final Envelope envelope;

	private final SlotsUpdated slots;

	private final BigDecimal extraCost;

	private EscalatedTurn(Envelope envelope, SlotsUpdated slots, BigDecimal extraCost) {
		this.envelope = envelope;
		this.slots = slots;
		this.extraCost = extraCost;
	}

	static EscalatedTurn of(Envelope envelope, SlotsUpdated slots) {
		return new EscalatedTurn(envelope, slots, BigDecimal.ZERO);
	}

	EscalatedTurn decided(PolicyDecision decision) {
		SlotsUpdated s = this.slots;
		return new EscalatedTurn(this.envelope,
				new SlotsUpdated(s.text(), s.locale(), s.intent(), s.confidence(), s.alternatives(), s.extracted(),
						s.frame(), s.changed(), s.missing(), s.problems(), s.candidates(), s.attempts(), s.handOff(),
						IntentEscalation.with(s.decisions(), decision), s.model()),
				this.extraCost);
	}

	EscalatedTurn charged(BigDecimal cost) {
		return new EscalatedTurn(this.envelope, this.slots, this.extraCost.add(cost));
	}

	EscalatedTurn answeredBy(Choice choice) {
		SlotsUpdated s = this.slots;
		List<IntentScore> alternatives = new ArrayList<>();
		alternatives.add(new IntentScore(s.intent(), s.confidence()));
		if (s.alternatives() != null) {
			alternatives.addAll(s.alternatives());
		}
		alternatives.removeIf((score) -> score.intent().equals(choice.intent()));
		return new EscalatedTurn(this.envelope,
				new SlotsUpdated(s.text(), s.locale(), choice.intent(), choice.confidence(), alternatives,
						s.extracted(), s.frame(), s.changed(), s.missing(), s.problems(), s.candidates(), s.attempts(),
						s.handOff(), s.decisions(), s.model()),
				this.extraCost);
	}

	Envelope envelope() {
		Envelope e = this.envelope;
		BigDecimal spent = e.modelCostSoFar().add(this.extraCost);
		return new Envelope(e.specversion(), e.id(), e.source(), e.type(), e.subject(), e.time(), e.datacontenttype(),
				e.schemaversion(), e.conversationid(), e.customerid(), e.correlationid(), e.causationid(), e.deadline(),
				spent.toPlainString(), this.slots);
	}

}
