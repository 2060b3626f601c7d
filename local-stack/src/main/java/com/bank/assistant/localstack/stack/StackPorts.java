package com.bank.assistant.localstack.stack;

import java.util.Arrays;
import java.util.stream.IntStream;

import com.bank.assistant.infra.EmbeddedPorts;

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

	/**
	 * Free ports, for a stack started by a test beside anything else; all different (the
	 * system may hand out a port it just released again, and a service whose port another
	 * one took would die while the other answered for it).
	 */
	public static StackPorts free() {
		int[] port = IntStream.generate(EmbeddedPorts::freePort).distinct().limit(10).toArray();
		return new StackPorts(new EmbeddedPorts(port[0], port[1], port[2]), port[3], port[4],
				Arrays.copyOfRange(port, 5, 10));
	}

}
