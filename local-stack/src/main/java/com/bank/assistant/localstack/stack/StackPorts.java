package com.bank.assistant.localstack.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

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

	/** Free ports, for a stack started by a test beside anything else. */
	public static StackPorts free() {
		return new StackPorts(new EmbeddedPorts(freePort(), freePort(), freePort()), freePort(), freePort(),
				new int[] { freePort(), freePort(), freePort(), freePort(), freePort() });
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
