package com.bank.assistant.slots;

import com.bank.assistant.slots.extraction.SlotFilling;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the extractors. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlotSettings.class)
class SlotConfiguration {

	@Bean
	SlotFilling slotFilling(SlotSettings settings) {
		return new SlotFilling(settings.pricePerCall());
	}

}
