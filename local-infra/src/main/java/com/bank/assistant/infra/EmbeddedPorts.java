package com.bank.assistant.infra;

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

}
