package com.bank.assistant.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Finds the catalog's YAML files, in a directory or inside a jar, and reads them. */
final class CatalogReader {

	private CatalogReader() {
	}

	static IntentCatalog fromDirectory(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			List<IntentDefinition> intents = new ArrayList<>();
			for (Path file : files.filter(CatalogReader::isYaml).sorted().toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					intents.add(read(in, file.getFileName().toString()));
				}
			}
			return new IntentCatalog(intents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the intent catalog in " + directory, ex);
		}
	}

	static IntentCatalog fromClasspath(String directory) {
		ClassLoader loader = CatalogReader.class.getClassLoader();
		URL url = loader.getResource(directory);
		if (url == null) {
			throw new IllegalStateException("No intent catalog on the classpath at " + directory);
		}
		try {
			if ("file".equals(url.getProtocol())) {
				return fromDirectory(Path.of(url.toURI()));
			}
			List<IntentDefinition> intents = new ArrayList<>();
			for (String entry : jarEntries(url, directory)) {
				try (InputStream in = loader.getResourceAsStream(entry)) {
					intents.add(read(in, entry.substring(entry.lastIndexOf('/') + 1)));
				}
			}
			return new IntentCatalog(intents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the intent catalog at " + url, ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Bad catalog location " + url, ex);
		}
	}

	private static List<String> jarEntries(URL url, String directory) throws IOException {
		JarURLConnection connection = (JarURLConnection) url.openConnection();
		connection.setUseCaches(false);
		String prefix = directory + "/";
		try (var jar = connection.getJarFile()) {
			return Collections.list(jar.entries())
				.stream()
				.map(JarEntry::getName)
				.filter((name) -> name.startsWith(prefix) && isYaml(Path.of(name)))
				.sorted()
				.toList();
		}
	}

	private static boolean isYaml(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".yml") || name.endsWith(".yaml");
	}

	private static IntentDefinition read(InputStream in, String fileName) {
		Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		try {
			return IntentFile.parse(document);
		}
		catch (IllegalArgumentException | ClassCastException ex) {
			throw new IllegalArgumentException("Intent catalog file " + fileName + ": " + ex.getMessage(), ex);
		}
	}

}
