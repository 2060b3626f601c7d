package com.bank.assistant.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The three servers without Docker: an in-process KRaft Kafka broker, and the
 * redis-server and PostgreSQL binaries that ship inside Maven artifacts, run as child
 * processes.
 */
public final class EmbeddedInfrastructure implements Infrastructure {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);

	private final EmbeddedKafkaKraftBroker kafka;

	private final RedisServer redis;

	private final EmbeddedPostgres postgres;

	private final InfrastructureEndpoints endpoints;

	private EmbeddedInfrastructure(EmbeddedKafkaKraftBroker kafka, RedisServer redis, EmbeddedPostgres postgres,
			int redisPort) {
		this.kafka = kafka;
		this.redis = redis;
		this.postgres = postgres;
		this.endpoints = new InfrastructureEndpoints(kafka.getBrokersAsString(), "127.0.0.1", redisPort, "127.0.0.1",
				postgres.getPort(), "postgres", "postgres");
	}

	/** Starts Kafka, Redis and PostgreSQL and creates the service databases. */
	public static EmbeddedInfrastructure start(EmbeddedPorts ports) {
		long started = System.nanoTime();
		EmbeddedKafkaKraftBroker kafka = startKafka(ports.kafka());
		int redisPort = (ports.redis() != 0) ? ports.redis() : EmbeddedPorts.freePort();
		RedisServer redis = startRedis(redisPort);
		EmbeddedPostgres postgres = startPostgres(ports.postgres());
		EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(kafka, redis, postgres, redisPort);
		log.info("Embedded infrastructure ready in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
				infrastructure.endpoints);
		return infrastructure;
	}

	private static EmbeddedKafkaKraftBroker startKafka(int port) {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
		if (port != 0) {
			broker.kafkaPorts(port);
		}
		// One broker: internal topics cannot be replicated, and consumers should not wait
		// to rebalance.
		broker.brokerProperties(Map.of("group.initial.rebalance.delay.ms", "0", "offsets.topic.num.partitions", "5",
				"transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
				"auto.create.topics.enable", "true"));
		broker.afterPropertiesSet();
		return broker;
	}

	private static RedisServer startRedis(int port) {
		try {
			RedisServer server = RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start redis-server on port " + port, ex);
		}
	}

	private static EmbeddedPostgres startPostgres(int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("max_connections", "200");
			if (port != 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			createDatabases(postgres);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start PostgreSQL", ex);
		}
	}

	private static void createDatabases(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			for (String database : SERVICE_DATABASES) {
				statement.execute("CREATE DATABASE " + database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the service databases", ex);
		}
	}

	@Override
	public InfrastructureEndpoints endpoints() {
		return this.endpoints;
	}

	@Override
	public void close() {
		try {
			this.redis.stop();
			this.postgres.close();
		}
		catch (IOException ex) {
			log.warn("Could not stop Redis or PostgreSQL cleanly", ex);
		}
		finally {
			this.kafka.destroy();
		}
	}

}
