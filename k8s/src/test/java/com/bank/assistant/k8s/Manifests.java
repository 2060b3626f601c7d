package com.bank.assistant.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.opentest4j.TestAbortedException;
import org.yaml.snakeyaml.Yaml;

/**
 * The resources an overlay renders to, as {@code kubectl kustomize} writes them: the real
 * Kustomize, so that what is checked is what {@code kubectl apply -k} would send.
 */
final class Manifests {

	/** The overlays the tests check. */
	static final List<String> OVERLAYS = List.of("local", "production");

	private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

	private final List<Doc> resources;

	private Manifests(List<Doc> resources) {
		this.resources = resources;
	}

	static Manifests of(String overlay) {
		return RENDERED.computeIfAbsent(overlay, (name) -> render(Repository.root().resolve("k8s/overlays/" + name)));
	}

	List<Doc> all() {
		return this.resources;
	}

	List<Doc> ofKind(String kind) {
		return this.resources.stream().filter((resource) -> kind.equals(resource.string("kind"))).toList();
	}

	Optional<Doc> named(String kind, String name) {
		return ofKind(kind).stream().filter((resource) -> name.equals(resource.name())).findFirst();
	}

	/** The data of the ConfigMap whose name, before Kustomize's hash suffix, is given. */
	Map<String, Object> configMap(String name) {
		return ofKind("ConfigMap").stream()
			.filter((map) -> map.name().matches(name + "(-[a-z0-9]{10})?"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No ConfigMap " + name))
			.map("data");
	}

	private static Manifests render(Path directory) {
		String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
		try {
			Path errors = Files.createTempFile("kustomize", ".err");
			Process process = new ProcessBuilder(kubectl, "kustomize", directory.toString())
				.redirectError(errors.toFile())
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new AssertionError("kubectl kustomize " + directory + " failed: " + Files.readString(errors));
			}
			Files.delete(errors);
			List<Doc> resources = new ArrayList<>();
			new Yaml().loadAll(output).forEach((resource) -> resources.add(Doc.of(resource)));
			return new Manifests(List.copyOf(resources));
		}
		catch (IOException ex) {
			String message = "Cannot run '" + kubectl + "': install kubectl (Debian: apt-get install "
					+ "kubernetes-client; .ci/run does) or point KUBECTL at it";
			if (System.getenv("ASSISTANT_REQUIRE_KUBECTL") != null) {
				throw new AssertionError(message, ex);
			}
			// A machine with only a JDK still passes ./mvnw verify; CI, which requires
			// kubectl, always renders.
			throw new TestAbortedException(message + " (skipped)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
