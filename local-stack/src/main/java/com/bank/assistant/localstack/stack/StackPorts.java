package com.bank.assistant.localstack.stack;

import com.bank.assistant.infra.EmbeddedPorts;

import static com.bank.assistant.infra.EmbeddedPorts.freePort;

/**
 * Every port the stack uses.
 *
 * @param infrastructure Kafka, Redis and PostgreSQL
 * @param authServer the authorization server
 * @param gateway the gateway, the only entry for clients
 * @param firstService the first of five consecutive-or-free ports for intent,
 * slot-filling, transfer, policy and audit
 */
public record StackPorts(EmbeddedPorts infrastructure, int authServer, int gateway, int[] firstService) {

	/** The documented ports of {@code bin/assistant run}. */
	public static StackPorts standard() {
		return new StackPorts(new EmbeddedPorts(19092, 16379, 15432), 9000, 8080,
				new int[] { 8081, 8082, 8083, 8084, 8085 });
	}

	/** Free ports, for a stack started by a test beside anything else. */
	public static StackPorts free() {
		return new StackPorts(new EmbeddedPorts(freePort(), freePort(), freePort()), freePort(), freePort(),
				new int[] { freePort(), freePort(), freePort(), freePort(), freePort() });
	}

}
