package com.bank.assistant.slots;

import java.util.Arrays;

import org.flywaydb.core.api.Location;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the demo contacts' migration to Flyway's locations when demo data is on. */
@Configuration(proxyBeanMethods = false)
class DemoContactsConfiguration {

	static final String DEMO_LOCATION = "classpath:db/demo";

	@Bean
	FlywayConfigurationCustomizer demoContactsLocation(SlotSettings settings) {
		return (configuration) -> {
			if (settings.demoData()) {
				Location[] locations = configuration.getLocations();
				Location[] withDemo = Arrays.copyOf(locations, locations.length + 1);
				withDemo[locations.length] = new Location(DEMO_LOCATION);
				configuration.locations(withDemo);
			}
		};
	}

}
