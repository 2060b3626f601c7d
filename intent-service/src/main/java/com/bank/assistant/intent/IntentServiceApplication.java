package com.bank.assistant.intent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Detects the intent of every customer message on the chat topic. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntentServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(IntentServiceApplication.class, args);
	}

}
