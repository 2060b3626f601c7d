package com.bank.assistant.transfer.config;

import java.util.Arrays;

import org.flywaydb.core.api.Location;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the demo data's migrations to Flyway's locations when demo data is on. */
@Configuration(proxyBeanMethods = false)
class DemoDataConfiguration {

	static final String DEMO_LOCATION = "classpath:db/demo";

	@Bean
	FlywayConfigurationCustomizer demoDataLocation(TransferSettings settings) {
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
