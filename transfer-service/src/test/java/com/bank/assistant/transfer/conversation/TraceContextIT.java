package com.bank.assistant.transfer.conversation;

import java.util.List;

import com.bank.assistant.contracts.Envelope;
import org.junit.jupiter.api.Test;

import static com.bank.assistant.transfer.conversation.Say.ANA_SOUZA;
import static com.bank.assistant.transfer.conversation.Say.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace context crosses Kafka: what transfer-service publishes in answer to a message
 * carries that message's trace id (W3C {@code traceparent}), so one customer message is
 * one trace across the services.
 */
class TraceContextIT extends ConversationIT {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	@Test
	void theReplyAndTheTransferEventsContinueTheMessagesTrace() {
		DialogScenario scenario = givenCustomerWith("100.00");
		Envelope sent = scenario.chat()
			.send(scenario.chat().understood(send("20.00", ANA_SOUZA).after(java.util.Map.of())),
					"00-" + TRACE_ID + "-00f067aa0ba902b7-01");

		List<Envelope> answers = scenario.awaitReplyTo(sent);

		assertThat(answers).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy((event) -> assertThat(scenario.chat().traceparentOf(event)).as(event.type())
				.startsWith("00-" + TRACE_ID + "-")
				.doesNotContain("00f067aa0ba902b7"));
	}

}
