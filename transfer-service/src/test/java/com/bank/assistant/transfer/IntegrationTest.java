package com.bank.assistant.transfer;

import com.bank.assistant.infra.SharedInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every {@code *IT}: the whole service on a random port against the shared real
 * Kafka, Redis and PostgreSQL and the real authorization server, in one Spring context
 * that all IT classes reuse, with a {@link TestClock}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.Clocks.class)
public abstract class IntegrationTest {

	@DynamicPropertySource
	static void sharedInfrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.springProperties("transfer").forEach((name, value) -> registry.add(name, () -> value));
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri",
				() -> AuthServerFixture.issuer().toString());
		registry.add("assistant.transfer.schedule-sweep", () -> "1s");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		TestClock clock() {
			return new TestClock();
		}

	}

}
