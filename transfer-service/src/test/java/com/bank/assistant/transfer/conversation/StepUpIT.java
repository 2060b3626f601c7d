package com.bank.assistant.transfer.conversation;

import java.math.BigDecimal;
import java.util.Map;

import com.bank.assistant.contracts.event.TransferConfirmed;
import com.bank.assistant.contracts.event.TransferExecuted;
import com.bank.assistant.transfer.AuthServerFixture;
import com.bank.assistant.transfer.dialog.DialogState;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static com.bank.assistant.transfer.conversation.Say.JOAO_PEDRO;
import static com.bank.assistant.transfer.conversation.Say.send;
import static com.bank.assistant.transfer.conversation.Say.yes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Above the step-up amount a yes is not enough: the transaction PIN, sent by the app to
 * its own endpoint with the customer's token (never through the chat), must be right.
 */
class StepUpIT extends ConversationIT {

	@LocalServerPort
	int port;

	@Test
	void aLargeTransferNeedsTheRightPinBeforeTheYesMovesMoney() {
		DialogScenario scenario = givenDemoCustomer().andSaid(send("600.00", JOAO_PEDRO));
		BigDecimal before = scenario.balance();
		String conversation = scenario.chat().conversation().value();

		scenario.when(yes())
			.expectReply("Para enviar R$ 600,00, confirme com o seu PIN de transação no app.")
			.expectState(DialogState.STEP_UP)
			.when(yes())
			.expectReplyStartingWith("Ainda falta confirmar com o seu PIN")
			.expectDebits(0);

		assertThat(pin(conversation, "demo", "9999")).isEqualTo(403);
		assertThat(pin(conversation, "bob", "1234")).as("another customer's conversation").isEqualTo(409);
		assertThat(pin(conversation, "demo", "1234")).isEqualTo(204);

		scenario.when(yes())
			.expectReplyStartingWith("Pronto! Enviei R$ 600,00 para João Pedro.")
			.expectState(DialogState.COMPLETED)
			.expectEvents(TransferConfirmed.class, TransferExecuted.class)
			.expectBalance(before.subtract(new BigDecimal("600.00")).toPlainString());
	}

	@Test
	void theStepUpEndpointNeedsAToken() {
		int status = RestClient.create()
			.post()
			.uri("http://localhost:" + this.port + "/api/conversations/c-1/step-up")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("pin", "1234"))
			.exchange((request, response) -> response.getStatusCode().value());
		assertThat(status).isEqualTo(401);
	}

	private int pin(String conversation, String user, String pin) {
		return RestClient.create()
			.post()
			.uri("http://localhost:" + this.port + "/api/conversations/" + conversation + "/step-up")
			.headers((headers) -> headers.setBearerAuth(AuthServerFixture.tokenOf(user)))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("pin", pin))
			.exchange((request, response) -> response.getStatusCode().value());
	}

}
