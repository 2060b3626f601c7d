package com.bank.assistant.transfer;

import com.bank.assistant.infra.SharedInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every {@code *IT}: the whole service against the shared real Kafka, Redis and
 * PostgreSQL, in one Spring context that all IT classes reuse.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
public abstract class IntegrationTest {

	@DynamicPropertySource
	static void sharedInfrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.springProperties("transfer").forEach((name, value) -> registry.add(name, () -> value));
	}

}
