package com.bank.assistant.transfer.conversation;

import com.bank.assistant.transfer.IntegrationTest;
import com.bank.assistant.transfer.TestClock;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the dialog scenarios: a new customer per scenario, the clock reset after it.
 */
abstract class ConversationIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	private DialogScenario scenario;

	/** A new customer of this balance. */
	DialogScenario givenCustomerWith(String balance) {
		this.scenario = DialogScenario.givenCustomerWith(balance, this.jdbc, this.clock);
		return this.scenario;
	}

	/** The demo customer, who can sign in to the authorization server. */
	DialogScenario givenDemoCustomer() {
		this.scenario = DialogScenario.givenDemoCustomer(this.jdbc, this.clock);
		return this.scenario;
	}

	@AfterEach
	void closeScenario() {
		if (this.scenario != null) {
			this.scenario.close();
		}
		this.clock.reset();
	}

}
