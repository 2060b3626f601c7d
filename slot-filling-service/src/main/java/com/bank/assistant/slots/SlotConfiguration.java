package com.bank.assistant.slots;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.assistant.catalog.IntentCatalog;
import com.bank.assistant.catalog.IntentDefinition;
import com.bank.assistant.catalog.SlotRequirement;
import com.bank.assistant.gate.PolicyGate;
import com.bank.assistant.slots.contacts.ContactDirectory;
import com.bank.assistant.slots.extraction.SlotFilling;
import com.bank.assistant.slots.frame.FrameHistory;
import com.bank.assistant.slots.frame.FrameMerge;
import com.bank.assistant.slots.frame.Requirements;
import com.bank.assistant.slots.persistence.JdbcContactDirectory;
import com.bank.assistant.slots.persistence.RedisSlotMemoryStore;
import com.bank.assistant.slots.turn.GatedExtraction;
import com.bank.assistant.slots.turn.IntentReview;
import com.bank.assistant.slots.turn.SlotMemoryStore;
import com.bank.assistant.slots.turn.SlotTurns;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the extractors, the frame, the contacts and the memory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlotSettings.class)
class SlotConfiguration {

	@Bean
	SlotFilling slotFilling(SlotSettings settings) {
		return new SlotFilling(settings.pricePerCall());
	}

	/**
	 * Which intent slot filling reads a message for: the detected one. An escalation to a
	 * larger model replaces this bean.
	 */
	@Bean
	IntentReview intentReview() {
		return IntentReview.AS_DETECTED;
	}

	@Bean
	Requirements requirements() {
		return requirementsOf(IntentCatalog.load());
	}

	@Bean
	FrameMerge frameMerge(Requirements requirements, SlotSettings settings) {
		return new FrameMerge(requirements, settings.maxAttempts());
	}

	@Bean
	FrameHistory frameHistory(Requirements requirements, SlotSettings settings) {
		return new FrameHistory(requirements, settings.taskEndStates());
	}

	@Bean
	ContactDirectory contactDirectory(JdbcClient jdbc) {
		return new JdbcContactDirectory(jdbc);
	}

	@Bean
	SlotMemoryStore slotMemoryStore(StringRedisTemplate redis, SlotSettings settings) {
		return new RedisSlotMemoryStore(redis, settings.memoryTtl());
	}

	@Bean
	SlotTurns slotTurns(IntentReview review, SlotFilling filling, PolicyGate gate, FrameMerge merge,
			FrameHistory history, ContactDirectory contacts, SlotMemoryStore store) {
		return new SlotTurns(review, new GatedExtraction(filling, gate), merge, history, contacts, store);
	}

	/**
	 * Each intent that requires slots, with them in the catalog's order: the asking
	 * order.
	 */
	static Requirements requirementsOf(IntentCatalog catalog) {
		Map<String, List<String>> required = new LinkedHashMap<>();
		for (IntentDefinition intent : catalog.intents()) {
			List<String> slots = intent.slots()
				.stream()
				.filter(SlotRequirement::required)
				.map(SlotRequirement::name)
				.toList();
			if (!slots.isEmpty()) {
				required.put(intent.name(), slots);
			}
		}
		return new Requirements(required);
	}

}
