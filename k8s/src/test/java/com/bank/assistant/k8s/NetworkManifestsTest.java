package com.bank.assistant.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the gateway is reachable from outside: default-deny policies, ingress from another
 * namespace only to the gateway (and to Prometheus's scrape port), one Ingress, no
 * externally exposed Service.
 */
class NetworkManifestsTest {

	static final List<String> OVERLAYS = Manifests.OVERLAYS;

	/**
	 * Namespaces of the cluster's own machinery: Prometheus and the PostgreSQL operator.
	 */
	private static final Set<String> OPERATIONS_NAMESPACES = Set.of("monitoring", "cnpg-system");

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void theNamespaceDeniesIngressAndTheServicesEgressByDefault(String overlay) {
		List<Doc> policies = Manifests.of(overlay).ofKind("NetworkPolicy");

		assertThat(policies).anySatisfy((policy) -> {
			assertThat(policy.map("spec", "podSelector")).isEmpty();
			assertThat(policy.scalars("spec", "policyTypes")).containsExactly("Ingress");
			assertThat(policy.list("spec", "ingress")).isEmpty();
		});
		assertThat(policies).anySatisfy((policy) -> {
			assertThat(policy.map("spec", "podSelector", "matchLabels")).containsEntry("app.kubernetes.io/component",
					"service");
			assertThat(policy.scalars("spec", "policyTypes")).containsExactly("Egress");
		});
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void onlyTheGatewayIsReachableFromOutsideTheNamespace(String overlay) {
		Manifests manifests = Manifests.of(overlay);

		for (Doc policy : manifests.ofKind("NetworkPolicy")) {
			boolean fromOutside = policy.list("spec", "ingress")
				.stream()
				.flatMap((rule) -> rule.list("from").stream())
				.map((peer) -> peer.string("namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))
				.anyMatch((namespace) -> namespace != null && !OPERATIONS_NAMESPACES.contains(namespace));
			if (fromOutside) {
				assertThat(policy.map("spec", "podSelector", "matchLabels")).as(policy.name())
					.containsExactly(Map.entry("app.kubernetes.io/name", "gateway"));
			}
		}
		assertThat(manifests.ofKind("Ingress")).singleElement()
			.satisfies((ingress) -> assertThat(ingress.list("spec", "rules"))
				.flatExtracting((rule) -> rule.list("http", "paths"))
				.extracting((path) -> ((Doc) path).string("backend", "service", "name"))
				.containsOnly("gateway"));
		assertThat(manifests.ofKind("Service"))
			.allSatisfy((service) -> assertThat(service.string("spec", "type")).isIn(null, "ClusterIP"));
	}

}
