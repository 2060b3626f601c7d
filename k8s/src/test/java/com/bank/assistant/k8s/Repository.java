package com.bank.assistant.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.assistant.contracts.Topics;
import org.yaml.snakeyaml.Yaml;

/**
 * What the code says the manifests must match: the reactor's service modules, the topics
 * of {@link Topics}, and the consumer groups of {@code docs/asyncapi.yaml} (which
 * messaging's AsyncApiDocumentTest keeps in step with the code).
 */
final class Repository {

	private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

	private Repository() {
	}

	/** The reactor's root: the k8s module's parent directory. */
	static Path root() {
		return Path.of("").toAbsolutePath().getParent();
	}

	/** Modules that run as a service: an executable jar with Actuator. */
	static Set<String> serviceModules() {
		Set<String> services = new TreeSet<>();
		Matcher modules = MODULE.matcher(read(root().resolve("pom.xml")));
		while (modules.find()) {
			String pom = read(root().resolve(modules.group(1)).resolve("pom.xml"));
			if (pom.contains("<artifactId>spring-boot-maven-plugin</artifactId>")
					&& pom.contains("<artifactId>spring-boot-starter-actuator</artifactId>")) {
				services.add(modules.group(1));
			}
		}
		return services;
	}

	static List<String> topics() {
		List<String> names = new ArrayList<>();
		for (Field field : Topics.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				names.add(value(field));
			}
		}
		return names;
	}

	/**
	 * Consumer group (= service name) to the topics it reads; groupless consumers left
	 * out.
	 */
	static Map<String, Set<String>> consumerGroups() {
		Doc asyncApi = Doc.of(yaml(root().resolve("docs/asyncapi.yaml")));
		Map<String, Set<String>> groups = new TreeMap<>();
		for (Object operation : asyncApi.map("operations").values()) {
			Doc receive = Doc.of(operation);
			String group = receive.string("x-group");
			if ("receive".equals(receive.string("action")) && group != null
					&& group.equals(receive.string("x-service"))) {
				String channel = receive.string("channel", "$ref").replace("#/channels/", "");
				groups.computeIfAbsent(group, (name) -> new TreeSet<>())
					.add(asyncApi.string("channels", channel, "address"));
			}
		}
		return groups;
	}

	static Object yaml(Path file) {
		try (Reader reader = Files.newBufferedReader(file)) {
			return new Yaml().load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String value(Field field) {
		try {
			return (String) field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
