package com.bank.assistant.intent.detection;

import java.math.BigDecimal;
import java.time.Instant;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.contracts.ids.CustomerId;

/**
 * What a turn has used when its message reaches intent detection, as the policy gate
 * weighs it.
 *
 * @param customer whose turn it is
 * @param spent model cost spent on the turn so far, BRL
 * @param received when the gateway accepted the message
 * @param deadline when the reply is due (the gateway's turn timeout), or null
 */
public record TurnSoFar(CustomerId customer, BigDecimal spent, Instant received, Instant deadline) {

	/** The turn of a customer message's envelope. */
	public static TurnSoFar of(Envelope message) {
		return new TurnSoFar(message.customerid(), message.modelCostSoFar(), message.time(), message.deadline());
	}

}
