package com.bank.assistant.intent;

import com.bank.assistant.intent.detection.IntentDetection;
import com.bank.assistant.intent.detection.KeywordIntentClassifier;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the intent model. */
@Configuration(proxyBeanMethods = false)
class IntentConfiguration {

	@Bean
	IntentDetection intentDetection(IntentSettings settings) {
		return new IntentDetection(new KeywordIntentClassifier(), settings.pricePerCall());
	}

}
