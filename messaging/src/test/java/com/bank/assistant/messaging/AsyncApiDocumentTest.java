package com.bank.assistant.messaging;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.bank.assistant.contracts.EventTypes;
import com.bank.assistant.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/asyncapi.yaml} true: every topic and event type in the code, one
 * producer per topic.
 */
class AsyncApiDocumentTest {

	@Test
	void everyTopicIsAChannelWithOneProducer() throws Exception {
		Map<String, Map<String, Object>> channels = section("channels");

		List<String> addresses = channels.values().stream().map((channel) -> (String) channel.get("address")).toList();

		assertThat(addresses).containsExactlyInAnyOrderElementsOf(topicNames());
		assertThat(channels.values()).allSatisfy((channel) -> assertThat(channel.get("x-producer")).isNotNull());
	}

	@Test
	void everyEventTypeIsAMessage() throws Exception {
		Map<?, ?> messages = (Map<?, ?>) section("components").get("messages");

		List<String> names = messages.values()
			.stream()
			.map((message) -> (String) ((Map<?, ?>) message).get("name"))
			.toList();

		assertThat(names).containsExactlyInAnyOrderElementsOf(EventTypes.DATA_CLASSES.keySet());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> section(String name) throws IOException {
		Path document = Path.of("..", "docs", "asyncapi.yaml");
		try (Reader reader = Files.newBufferedReader(document)) {
			Map<String, Object> root = new Yaml().load(reader);
			return (Map<String, Map<String, Object>>) root.get(name);
		}
	}

	private static List<String> topicNames() throws IllegalAccessException {
		List<String> names = new ArrayList<>();
		for (Field field : Topics.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				names.add((String) field.get(null));
			}
		}
		return names;
	}

}
