package com.bank.assistant.gateway.chat;

import reactor.core.publisher.Flux;

/**
 * Port: the typing signals of every gateway instance. A message is accepted by one
 * instance, while the customer's event stream may be open on another.
 */
public interface TypingSignals {

	/** Tells every instance that a message was accepted and its reply is coming. */
	void publish(Typing signal);

	/** Every instance's signals from now on, live; nothing is replayed. */
	Flux<Typing> signals();

}
