package com.bank.assistant.slots.turn;

import com.bank.assistant.slots.frame.FrameHistory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The frame rebuilt from the events equals the one kept turn by turn. */
class FrameHistoryTest {

	private final FrameHistory history = new FrameHistory(Conversation.REQUIREMENTS, Conversation.TASK_END_STATES);

	@Test
	void rebuildsEveryStepOfAConversation() {
		Conversation conversation = new Conversation();
		String[][] turns = { { "pix_transfer", "quero fazer um pix" }, { "inform", "50" }, { "inform", "pra ana" },
				{ "inform", "a Souza" }, { "inform", "não, 30 reais" }, { "inform", "na verdade pro joao" },
				{ "pix_transfer", "transfere 20 reais pra Ana Lima amanhã" }, { "affirm", "sim" } };
		for (String[] turn : turns) {
			conversation.says(turn[0], turn[1]);
			conversation.dialogReplies("COLLECTING");
			assertThat(this.history.rebuild(conversation.log())).isEqualTo(conversation.frame());
		}
		conversation.dialogReplies("COMPLETED");

		assertThat(this.history.rebuild(conversation.log())).isEqualTo(conversation.frame());
	}

	@Test
	void rebuildsAnUnknownNameAndAMessageThatRacedTheEndOfItsTask() {
		Conversation conversation = new Conversation();
		conversation.says("pix_transfer", "manda 10 pro Raimundo");
		conversation.says("inform", "hmm");
		conversation.says("inform", "raimundo@example.com");
		conversation.says("affirm", "sim");
		conversation.says("pix_transfer", "manda 30 reais");
		conversation.repliesTo(3, "COMPLETED");

		assertThat(this.history.rebuild(conversation.log())).isEqualTo(conversation.frame());
		assertThat(conversation.frame().value("amount")).isEqualTo("30.00");
	}

}
