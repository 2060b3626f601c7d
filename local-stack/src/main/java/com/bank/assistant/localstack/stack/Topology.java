package com.bank.assistant.localstack.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import com.bank.assistant.contracts.Topics;
import com.bank.assistant.infra.InfrastructureEndpoints;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Which services the local stack runs, and the topics it creates before they start. */
final class Topology {

	/**
	 * Conversations spread over this many partitions; one conversation always stays in
	 * one.
	 */
	static final int PARTITIONS = 3;

	private static final List<String> TOPICS = List.of(Topics.CHAT_MESSAGES, Topics.NLU_INTENTS, Topics.NLU_SLOTS,
			Topics.DIALOG_REPLIES, Topics.TRANSFER_EVENTS);

	private Topology() {
	}

	static List<ServiceSpec> services(Path home, StackPorts ports) {
		int[] port = ports.firstService();
		String page = "http://localhost:" + ports.gateway() + "/,http://127.0.0.1:" + ports.gateway() + "/";
		return List.of(
				// The chat page's sign-out comes back to the gateway's own origin,
				// whatever
				// its port: the server matches that URI exactly.
				new ServiceSpec("auth-server", jar(home, "auth-server"), ports.authServer(), "/oauth2/jwks",
						Map.of("AUTH_WEB_POST_LOGOUT_REDIRECT_URIS", page)),
				service(home, "intent-service", port[0]),
				new ServiceSpec("slot-filling-service", jar(home, "slot-filling-service"), port[1], "/actuator/health",
						Map.of("DEMO_DATA", "true")),
				new ServiceSpec("transfer-service", jar(home, "transfer-service"), port[2], "/actuator/health",
						Map.of("DEMO_DATA", "true")),
				service(home, "policy-service", port[3]), service(home, "audit-service", port[4]),
				new ServiceSpec("gateway", jar(home, "gateway"), ports.gateway(), "/actuator/health",
						Map.of("AUDIT_SERVICE_URL", "http://localhost:" + port[4], "POLICY_SERVICE_URL",
								"http://localhost:" + port[3], "TRANSFER_SERVICE_URL", "http://localhost:" + port[2])));
	}

	/**
	 * Creates every topic with its partitions, so that services do not race to create
	 * them.
	 */
	static void createTopics(InfrastructureEndpoints endpoints) {
		try (AdminClient admin = AdminClient
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafkaBootstrapServers()))) {
			List<NewTopic> topics = TOPICS.stream().map((name) -> new NewTopic(name, PARTITIONS, (short) 1)).toList();
			admin.createTopics(topics).values().values().forEach(Topology::awaitCreated);
		}
	}

	private static void awaitCreated(org.apache.kafka.common.KafkaFuture<Void> creation) {
		try {
			creation.get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("Could not create a topic", ex.getCause());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static ServiceSpec service(Path home, String name, int port) {
		return service(home, name, port, "/actuator/health");
	}

	private static ServiceSpec service(Path home, String name, int port, String readyPath) {
		return new ServiceSpec(name, jar(home, name), port, readyPath, Map.of());
	}

	/** The module's executable jar (the plain jar is its library artifact). */
	private static Path jar(Path home, String module) {
		return home.resolve(module).resolve("target").resolve(module + "-exec.jar");
	}

}
