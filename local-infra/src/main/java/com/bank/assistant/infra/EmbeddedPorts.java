package com.bank.assistant.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * Ports for the embedded engines; 0 picks a free one.
 *
 * @param kafka Kafka broker port
 * @param redis Redis port
 * @param postgres PostgreSQL port
 */
public record EmbeddedPorts(int kafka, int redis, int postgres) {

	/** Free ports chosen at start, for tests that run beside anything else. */
	public static EmbeddedPorts random() {
		return new EmbeddedPorts(0, 0, 0);
	}

	/** A port free on this machine right now. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
