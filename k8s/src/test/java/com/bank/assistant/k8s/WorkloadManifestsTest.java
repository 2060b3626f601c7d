package com.bank.assistant.k8s;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workload of both overlays: one Deployment per service module with its image,
 * Actuator probes, requests and limits, and a locked-down, non-root security context.
 */
class WorkloadManifestsTest {

	static final List<String> OVERLAYS = Manifests.OVERLAYS;

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyServiceModuleIsADeploymentOfItsOwnImage(String overlay) {
		List<Doc> deployments = Manifests.of(overlay).ofKind("Deployment");

		assertThat(deployments).extracting(Doc::name).containsExactlyInAnyOrderElementsOf(Repository.serviceModules());
		assertThat(deployments).allSatisfy((deployment) -> {
			List<Doc> containers = deployment.list("spec", "template", "spec", "containers");
			assertThat(containers).singleElement()
				.satisfies((container) -> assertThat(container.string("image"))
					.matches("ghcr\\.io/bank/bank-assistant/" + deployment.name() + ":[\\w.-]+")
					.doesNotEndWith(":latest"));
		});
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyContainerHasProbesRequestsAndLimits(String overlay) {
		assertThat(containers(overlay)).isNotEmpty().allSatisfy((container) -> {
			assertThat(container.map("livenessProbe")).as("liveness of %s", container.string("name")).isNotEmpty();
			assertThat(container.map("readinessProbe")).as("readiness of %s", container.string("name")).isNotEmpty();
			for (String bound : List.of("requests", "limits")) {
				assertThat(container.map("resources", bound)).as("%s of %s", bound, container.string("name"))
					.containsKeys("cpu", "memory");
			}
		});
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void servicesAreProbedOnTheActuatorGroups(String overlay) {
		Manifests manifests = Manifests.of(overlay);
		assertThat(manifests.ofKind("Deployment")).allSatisfy((deployment) -> {
			Doc container = deployment.list("spec", "template", "spec", "containers").get(0);
			assertThat(container.string("livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
			assertThat(container.string("readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
		});
		Doc intent = manifests.named("Deployment", "intent-service").orElseThrow();
		assertThat(intent.list("spec", "template", "spec", "containers").get(0).map("startupProbe"))
			.as("intent-service trains its model at start-up")
			.isNotEmpty();
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyPodRunsAsNonRootWithNoPrivilegesAndAReadOnlyRoot(String overlay) {
		assertThat(workloads(overlay)).isNotEmpty().allSatisfy((workload) -> {
			Doc pod = workload.doc("spec", "template", "spec");
			assertThat(pod.string("securityContext", "runAsNonRoot")).as(workload.name()).isEqualTo("true");
			assertThat(pod.string("securityContext", "seccompProfile", "type")).isEqualTo("RuntimeDefault");
			assertThat(pod.string("automountServiceAccountToken")).isEqualTo("false");
			assertThat(pod.list("containers")).allSatisfy((container) -> {
				assertThat(container.string("securityContext", "allowPrivilegeEscalation")).isEqualTo("false");
				assertThat(container.string("securityContext", "readOnlyRootFilesystem")).isEqualTo("true");
				assertThat(container.scalars("securityContext", "capabilities", "drop")).containsExactly("ALL");
			});
		});
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyServiceHasADisruptionBudgetAndAWritableTmp(String overlay) {
		Manifests manifests = Manifests.of(overlay);
		assertThat(manifests.ofKind("Deployment")).allSatisfy((deployment) -> {
			assertThat(manifests.named("PodDisruptionBudget", deployment.name())).isPresent();
			assertThat(deployment.list("spec", "template", "spec", "containers").get(0).list("volumeMounts"))
				.anySatisfy((mount) -> assertThat(mount.string("mountPath")).isEqualTo("/tmp"));
		});
	}

	private static Stream<Doc> workloads(String overlay) {
		Manifests manifests = Manifests.of(overlay);
		return Stream.concat(manifests.ofKind("Deployment").stream(), manifests.ofKind("StatefulSet").stream());
	}

	private static List<Doc> containers(String overlay) {
		return workloads(overlay)
			.flatMap((workload) -> workload.list("spec", "template", "spec", "containers").stream())
			.toList();
	}

}
