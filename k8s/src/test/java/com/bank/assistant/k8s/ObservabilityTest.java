package com.bank.assistant.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service exposes Prometheus metrics and the probe groups, the pods are scraped and
 * log JSON, the dashboard reads meters the code registers, and each service gets the
 * connection settings and secrets its configuration asks for.
 */
class ObservabilityTest {

	/** Settings whose defaults point at the local stack: Kubernetes must set them. */
	private static final Set<String> CONNECTIONS = Set.of("KAFKA_BOOTSTRAP_SERVERS", "REDIS_HOST", "REDIS_PORT",
			"POSTGRES_HOST", "POSTGRES_PORT", "POSTGRES_USER", "POSTGRES_PASSWORD", "AUTH_ISSUER_URI",
			"AUDIT_SERVICE_URL", "AUDIT_PII_KEY", "AUDIT_PII_KEY_ID");

	/** Settings that must come from a Secret, never from a ConfigMap. */
	private static final Set<String> SECRETS = Set.of("POSTGRES_PASSWORD", "AUDIT_PII_KEY", "AUTH_OPS_SECRET");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

	private static final Pattern ASSISTANT_METRIC = Pattern
		.compile("\\bassistant_([a-z_]+?)(_seconds|_BRL)?(_total|_bucket|_count|_sum|_max)?\\b");

	@Test
	void everyServiceExposesPrometheusAndTheProbeGroups() {
		assertThat(Repository.serviceModules()).allSatisfy((module) -> {
			Doc management = Doc.of(Repository.yaml(configFile(module))).doc("management");
			assertThat(management.string("endpoints", "web", "exposure", "include")).as(module).contains("prometheus");
			assertThat(management.string("endpoint", "health", "probes", "enabled")).as(module).isEqualTo("true");
			assertThat(Repository.read(Repository.root().resolve(module + "/pom.xml")))
				.contains("<artifactId>micrometer-registry-prometheus</artifactId>");
		});
	}

	@Test
	void everyServicePodIsScrapedAndLogsJson() {
		Manifests manifests = Manifests.of("production");
		Doc monitor = manifests.named("PodMonitor", "assistant-services").orElseThrow();

		assertThat(monitor.list("spec", "podMetricsEndpoints")).singleElement()
			.satisfies((endpoint) -> assertThat(endpoint.string("path")).isEqualTo("/actuator/prometheus"));
		assertThat(manifests.ofKind("Deployment"))
			.allSatisfy((deployment) -> assertThat(deployment.map("spec", "template", "metadata", "labels"))
				.containsAllEntriesOf(monitor.map("spec", "selector", "matchLabels")));
		assertThat(manifests.configMap("assistant-config")).containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
	}

	@Test
	void everyServiceGetsTheConnectionsItsConfigurationReadsWithSecretsFromSecrets() {
		for (String overlay : Manifests.OVERLAYS) {
			Manifests manifests = Manifests.of(overlay);
			Set<String> configured = manifests.configMap("assistant-config").keySet();
			for (String module : Repository.serviceModules()) {
				Doc container = manifests.named("Deployment", module)
					.orElseThrow()
					.list("spec", "template", "spec", "containers")
					.get(0);
				Set<String> fromSecrets = new TreeSet<>();
				container.list("env")
					.stream()
					.filter((variable) -> variable.string("valueFrom", "secretKeyRef", "name") != null)
					.forEach((variable) -> fromSecrets.add(variable.string("name")));
				Set<String> needed = placeholders(configFile(module));
				needed.retainAll(CONNECTIONS);
				assertThat(needed).as("%s in %s", module, overlay)
					.allMatch((name) -> configured.contains(name) || fromSecrets.contains(name));
				assertThat(configured).as("secrets in the ConfigMap").doesNotContainAnyElementsOf(SECRETS);
			}
		}
	}

	@Test
	void theDashboardReadsMetersTheServicesRegister() throws Exception {
		String dashboard = Files.readString(Repository.root().resolve("k8s/observability/assistant-dashboard.json"));
		Set<String> meters = new TreeSet<>();
		Matcher metric = ASSISTANT_METRIC.matcher(dashboard);
		while (metric.find()) {
			meters.add("assistant." + metric.group(1).replace('_', '.'));
		}
		String sources = mainSources();

		assertThat(meters).isNotEmpty().allSatisfy((meter) -> assertThat(sources).contains('"' + meter + '"'));
		assertThat(Doc.of(Repository.yaml(Repository.root().resolve("k8s/observability/assistant-dashboard.json")))
			.list("panels")).hasSizeGreaterThan(5);
	}

	private static Path configFile(String module) {
		Path resources = Repository.root().resolve(module + "/src/main/resources");
		Path own = resources.resolve(module + ".yml");
		return Files.exists(own) ? own : resources.resolve("application.yml");
	}

	private static Set<String> placeholders(Path file) {
		Set<String> names = new TreeSet<>();
		Matcher placeholder = PLACEHOLDER.matcher(Repository.read(file));
		while (placeholder.find()) {
			names.add(placeholder.group(1));
		}
		return names;
	}

	private static String mainSources() throws Exception {
		StringBuilder all = new StringBuilder();
		for (String module : Repository.serviceModules()) {
			try (Stream<Path> files = Files.walk(Repository.root().resolve(module + "/src/main/java"))) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
					all.append(Files.readString(file));
				}
			}
		}
		return all.toString();
	}

}
