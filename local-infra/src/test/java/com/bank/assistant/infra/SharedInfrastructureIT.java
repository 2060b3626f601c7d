package com.bank.assistant.infra;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedInfrastructureIT {

	private final InfrastructureEndpoints endpoints = SharedInfrastructure.endpoints();

	@Test
	void kafkaBrokerReportsItsCluster() throws Exception {
		try (AdminClient admin = AdminClient
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.endpoints.kafkaBootstrapServers()))) {
			assertThat(admin.describeCluster().nodes().get()).hasSize(1);
		}
	}

	@Test
	void everyServiceDatabaseExists() throws SQLException {
		for (String database : Infrastructure.SERVICE_DATABASES) {
			try (Connection connection = DriverManager.getConnection(this.endpoints.jdbcUrl(database),
					this.endpoints.postgresUser(), this.endpoints.postgresPassword());
					ResultSet result = connection.createStatement().executeQuery("select current_database()")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getString(1)).isEqualTo(database);
			}
		}
	}

	@Test
	void redisAnswersPing() throws IOException {
		try (Socket socket = new Socket(this.endpoints.redisHost(), this.endpoints.redisPort())) {
			socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			byte[] reply = new byte[7];
			int read = socket.getInputStream().read(reply);
			assertThat(new String(reply, 0, read, StandardCharsets.US_ASCII)).isEqualTo("+PONG\r\n");
		}
	}

}
