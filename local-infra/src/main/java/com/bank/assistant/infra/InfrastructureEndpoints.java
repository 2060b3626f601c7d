package com.bank.assistant.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the running Kafka, Redis and PostgreSQL servers answer.
 *
 * @param kafkaBootstrapServers Kafka bootstrap servers, {@code host:port[,host:port]}
 * @param redisHost Redis host
 * @param redisPort Redis port
 * @param postgresHost PostgreSQL host
 * @param postgresPort PostgreSQL port
 * @param postgresUser PostgreSQL user that owns every service database
 * @param postgresPassword that user's password
 */
public record InfrastructureEndpoints(String kafkaBootstrapServers, String redisHost, int redisPort,
		String postgresHost, int postgresPort, String postgresUser, String postgresPassword) {

	/** JDBC URL of one service's own database. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.postgresHost + ":" + this.postgresPort + "/" + database;
	}

	/**
	 * Spring properties that point a service at these servers, and at {@code database} if
	 * it has one.
	 */
	public Map<String, String> springProperties(String database) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.kafka.bootstrap-servers", this.kafkaBootstrapServers);
		properties.put("spring.cloud.stream.kafka.binder.brokers", this.kafkaBootstrapServers);
		properties.put("spring.data.redis.host", this.redisHost);
		properties.put("spring.data.redis.port", Integer.toString(this.redisPort));
		if (database != null) {
			properties.put("spring.datasource.url", jdbcUrl(database));
			properties.put("spring.datasource.username", this.postgresUser);
			properties.put("spring.datasource.password", this.postgresPassword);
		}
		return properties;
	}

	/**
	 * The same settings as environment variables, the form the local stack hands to child
	 * processes.
	 */
	public Map<String, String> environment() {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("KAFKA_BOOTSTRAP_SERVERS", this.kafkaBootstrapServers);
		environment.put("REDIS_HOST", this.redisHost);
		environment.put("REDIS_PORT", Integer.toString(this.redisPort));
		environment.put("POSTGRES_HOST", this.postgresHost);
		environment.put("POSTGRES_PORT", Integer.toString(this.postgresPort));
		environment.put("POSTGRES_USER", this.postgresUser);
		environment.put("POSTGRES_PASSWORD", this.postgresPassword);
		return environment;
	}

}
