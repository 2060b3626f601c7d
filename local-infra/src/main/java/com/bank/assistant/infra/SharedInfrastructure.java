package com.bank.assistant.infra;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One started infrastructure per JVM, shared by every integration test in it and stopped
 * when the JVM exits. Containers when a Docker engine answers, embedded engines
 * otherwise; {@code -Dassistant.infra=embedded} or {@code ASSISTANT_INFRA=embedded}
 * forces the embedded engines.
 */
public final class SharedInfrastructure {

	private static final Logger log = LoggerFactory.getLogger(SharedInfrastructure.class);

	private static Infrastructure instance;

	private SharedInfrastructure() {
	}

	/** The running infrastructure, started on first use. */
	public static synchronized InfrastructureEndpoints endpoints() {
		if (instance == null) {
			instance = startPreferred();
			Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "infrastructure-shutdown"));
		}
		return instance.endpoints();
	}

	/**
	 * Spring properties pointing a service under test at the shared servers and its own
	 * database (or null).
	 */
	public static Map<String, String> springProperties(String database) {
		return endpoints().springProperties(database);
	}

	private static Infrastructure startPreferred() {
		String forced = System.getProperty("assistant.infra", System.getenv("ASSISTANT_INFRA"));
		if (!"embedded".equals(forced) && ContainerInfrastructure.dockerAvailable()) {
			log.info("A Docker engine answers: starting Kafka, Redis and PostgreSQL as containers");
			return ContainerInfrastructure.start();
		}
		log.info("No Docker engine: starting the embedded Kafka, Redis and PostgreSQL");
		return EmbeddedInfrastructure.start(EmbeddedPorts.random());
	}

}
