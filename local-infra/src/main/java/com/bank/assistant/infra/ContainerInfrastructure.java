package com.bank.assistant.infra;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** The three servers as Testcontainers, for machines where a Docker engine runs. */
public final class ContainerInfrastructure implements Infrastructure {

	private final KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.2"));

	private final GenericContainer<?> redis = new GenericContainer<>(DockerImageName.parse("redis:7.4-alpine"))
		.withExposedPorts(6379);

	private final PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse("postgres:16-alpine"))
		.withDatabaseName("postgres")
		.withUsername("postgres")
		.withPassword("postgres");

	private InfrastructureEndpoints endpoints;

	/** True when a Docker engine answers on this machine. */
	public static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Starts the three containers and creates the service databases. */
	public static ContainerInfrastructure start() {
		ContainerInfrastructure infrastructure = new ContainerInfrastructure();
		infrastructure.kafka.start();
		infrastructure.redis.start();
		infrastructure.postgres.start();
		infrastructure.createDatabases();
		infrastructure.endpoints = new InfrastructureEndpoints(infrastructure.kafka.getBootstrapServers(),
				infrastructure.redis.getHost(), infrastructure.redis.getMappedPort(6379),
				infrastructure.postgres.getHost(), infrastructure.postgres.getMappedPort(5432), "postgres", "postgres");
		return infrastructure;
	}

	private void createDatabases() {
		for (String database : SERVICE_DATABASES) {
			try {
				this.postgres.execInContainer("psql", "-U", "postgres", "-c", "CREATE DATABASE " + database);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	@Override
	public InfrastructureEndpoints endpoints() {
		return this.endpoints;
	}

	@Override
	public void close() {
		this.kafka.stop();
		this.redis.stop();
		this.postgres.stop();
	}

}
